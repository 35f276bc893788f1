class Point(tuple):
    def __new__(cls, x): return super().__new__(cls, (x,))
class Sub(Point): pass
class S(str): pass
class A: pass
import sys
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
t(lambda: object.__new__(Sub))
t(lambda: sys.intern(S("x")))
t(lambda: setattr(A, "__name__", 3))
t(lambda: list.__init__([], 1, 2))
t(lambda: set.__init__(set(), 1, 2))
t(lambda: dict.__init__({}, 1, 2))
t(lambda: list.__init__([], x=1))
t(lambda: type.__init__(A, 1, 2))
t(lambda: tuple.__new__())
t(lambda: tuple.__new__(5))
t(lambda: tuple.__new__(list))
t(lambda: list.__new__(int))
t(lambda: list.__getitem__([1], 1, 2))
