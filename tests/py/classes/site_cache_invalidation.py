"""Attribute, method and construction caches stay correct when classes change: one access
site sees several classes, instances with attributes in different orders, attributes
deleted and re-added, and class namespaces changed after the site has run."""
import sys


class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def m(self):
        return "A.m", self.x


class B(A):
    def __init__(self, x):
        self.y = -x  # the other order
        self.x = x

    def m(self):
        return "B.m", self.x


class C:
    def __init__(self):
        self.z = 0
        self.x = "cx"

    def m(self):
        return "C.m"


class D:
    x = "class attr of D"

    def m(self):
        return "D.m"


class E:
    pass


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def bump(o):
    o.x += 1


def call_m(o):
    return o.m()


# One load site across five layouts, then the first again.
objs = [A(1), B(2), C(), D(), A(3), B(4)]
e = E()
e.x = "ex"
objs.append(e)
for round_ in range(3):
    print([get_x(o) for o in objs])
print([call_m(o) for o in objs[:5]])

# Deleting and re-adding moves the attribute to the end; the site must follow.
a = A(10)
print(get_x(a), list(vars(a)))
del a.x
print(hasattr(a, "x"), list(vars(a)))
a.x = 11
print(get_x(a), list(vars(a)))
set_x(a, 12)
bump(a)
print(get_x(a), list(vars(a)))

# The instance dict changed behind the site's back.
vars(a).clear()
print(hasattr(a, "x"))
vars(a).update(w=1, x=99)
print(get_x(a), list(vars(a)))
a.__dict__["x"] = 100
print(get_x(a))

# A data descriptor added to the class after the site ran wins over the instance dict.
b = A(5)
print(get_x(b))
A.x = property(lambda self: "property x", lambda self, v: print("property set", v))
print(get_x(b), get_x(A(6)))
set_x(b, 7)
print(vars(b)["x"])
del A.x
print(get_x(b))

# __setattr__ and __getattribute__ added later.
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


A.__setattr__ = logging_setattr
set_x(b, 8)
bump(b)
del A.__setattr__
set_x(b, 20)
print(get_x(b))
A.__getattribute__ = lambda self, name: ("intercepted", name)
print(get_x(b))
try:
    call_m(b)
except TypeError as exc:
    print("TypeError:", exc)
del A.__getattribute__
print(get_x(b), call_m(b))

# An instance attribute shadows the method; a method replaced on the class.
c = C()
print(call_m(c))
c.m = lambda: "instance m"
print(call_m(c))
del c.m
print(call_m(c))
C.m = lambda self: "new C.m"
print(call_m(c), call_m(C()))

# A class attribute read through instances, then changed.
d = D()
print(get_x(d))
D.x = "changed"
print(get_x(d))
d.x = "own"
print(get_x(d), D.x)


# Construction: __init__ replaced, removed, __new__ added later.
class K:
    def __init__(self, v):
        self.v = v


def make(v):
    return K(v)


print(make(1).v, make(2).v)
K.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(make(3).v)
del K.__init__
try:
    make(4)
except TypeError as exc:
    print("TypeError:", exc)
print(type(K()).__name__)


def new(cls, *args):
    print("__new__", cls.__name__, args)
    return object.__new__(cls)


K.__new__ = new
k = make(5)
print(type(k).__name__, hasattr(k, "v"))
del K.__new__


class Base:
    def __init__(self, v):
        self.v = ("base", v)


class Derived(Base):
    pass


print(Derived(1).v)
Base.__init__ = lambda self, v: setattr(self, "v", ("new base", v))
print(Derived(2).v)
Derived.__init__ = lambda self, v: setattr(self, "v", ("derived", v))
print(Derived(3).v)


def bad_init(self, v):
    return 42


Derived.__init__ = bad_init
try:
    Derived(4)
except TypeError as exc:
    print("TypeError:", exc)

# Reference counts through the cached paths stay CPython's.
payload = object()
holder = A(0)
before = sys.getrefcount(payload)
for i in range(5):
    set_x(holder, payload)
    get_x(holder)
print(sys.getrefcount(payload) - before)
set_x(holder, None)
print(sys.getrefcount(payload) - before)
args = (object(), object())
before = [sys.getrefcount(x) for x in args]


class P:
    def __init__(self, a, b):
        self.a = a


ps = [P(*args) for _ in range(3)]
print([sys.getrefcount(x) - b for x, b in zip(args, before)])
del ps
print([sys.getrefcount(x) - b for x, b in zip(args, before)])
