def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))
def d1(f):
    print("apply d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("apply d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
sq = lambda x: x * x
print(sq(5), (lambda: 1)(), sq.__name__, (lambda *a, **k: (a, k))(1, z=2))
class C:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__, x
    @property
    def p(self): return "prop"
print(C.s(2), C().s(3), C.c(1), C().c(2), C().p, type(C.__dict__["s"]).__name__)
