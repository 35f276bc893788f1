import sys

class C:
    pass

x = C()
def kw(**kw):
    return sys.getrefcount(kw)
print("kwargs dict itself", kw(a=1))
def va(*a):
    return sys.getrefcount(a)
print("varargs tuple empty", va() > 100)
print("varargs tuple", va(x))
def nested_args(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)
print("same object twice", nested_args(x, x))
t = (x,)
print("call with tuple splat", va(*t))
print("tuple splat keeps tuple", sys.getrefcount(t))
def ident(o):
    return o
print("identity temp", sys.getrefcount(ident(C())))
print("identity of global", sys.getrefcount(ident(x)))
print("nested identity", sys.getrefcount(ident(ident(x))))
print("list of call results", [sys.getrefcount(o) for o in [ident(x), ident(x)]])
def default_none(o=None):
    if o is None:
        o = C()
    return sys.getrefcount(o)
print("default replaced", default_none())
print("explicit", default_none(x))
