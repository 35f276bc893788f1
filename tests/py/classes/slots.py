import sys
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class W:
    __slots__ = ("a", "__weakref__")
import weakref
w = W()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
class D(P):
    pass
d = D(1, 2)
d.extra = 5
print(d.extra, d.__dict__)
class S:
    __slots__ = "only"
s = S()
s.only = [1]
print(s.only, sys.getrefcount(s.only))
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
