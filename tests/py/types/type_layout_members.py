# type's members and methods CPython 3.11 has: __basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__, __flags__ (Py_TPFLAGS bits, with VALID_VERSION_TAG coming and going
# as the type cache tags a class), __text_signature__, __instancecheck__,
# __subclasscheck__ and __prepare__.
import abc
import sys

VALID_VERSION_TAG = 1 << 19


def layout(t):
    return (t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
          set, frozenset, type, range, slice, property, classmethod, super,
          BaseException, ValueError, OSError, SyntaxError, StopIteration, type(len),
          type(lambda: 0), type(iter([])), enumerate, zip, map):
    print(t.__name__, layout(t), t.__flags__ & ~VALID_VERSION_TAG)


class A:
    pass


class A2(A):
    pass


class S:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("a", "__weakref__")


class SD(SW):
    __slots__ = ("__dict__",)


class I(int):
    pass


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    __slots__ = ()


class St(str):
    pass


class E(Exception):
    pass


class ES(Exception):
    __slots__ = ("x",)


class M(type):
    pass


class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class W(S, A):
    pass


for t in (A, A2, S, SW, SD, I, L, T, D, St, E, ES, M, Ab, W):
    print(t.__name__, layout(t), t.__flags__ & ~VALID_VERSION_TAG)

# The flags programs test.
for t in (int, A, L, D, E, M, Ab):
    f = t.__flags__
    print(t.__name__, [name for bit, name in ((9, "heap"), (10, "basetype"), (14, "gc"),
                                              (4, "managed dict"), (5, "sequence"),
                                              (6, "mapping"), (20, "abstract"),
                                              (24, "int"), (25, "list"), (29, "dict"),
                                              (30, "exception"), (31, "type"))
                       if f & (1 << bit)])


def tagged(t):
    return bool(t.__flags__ & VALID_VERSION_TAG)


class C:
    pass


print("new class", tagged(C))
c = C()
print("made an instance", tagged(C))
repr(c), str(c), hash(c), c == c
print("repr, str, hash, ==", tagged(C))
c.x = 1
print("set an attribute", tagged(C))
C.y = 2
print("class modified", tagged(C))
c.x
print("read an attribute", tagged(C))


class C2(C):
    def __init__(self):
        pass


print("subclass", tagged(C), tagged(C2))
C.z = 3
print("base modified", tagged(C), tagged(C2))
C2()
print("C2() runs __init__", tagged(C), tagged(C2))
f"{C()}"
print("format", tagged(C))
C.w = 4
print("modified again, subclass too", tagged(C), tagged(C2))

# __text_signature__
for t in (object, int, list, dict, enumerate, property, range, A):
    print(t.__name__, repr(t.__text_signature__))


class Sig:
    """Sig(a, b=1)
--

A class whose docstring starts with its signature."""


class NoSig:
    """NoSig(a)

    A blank line comes first."""


print(repr(Sig.__text_signature__), repr(NoSig.__text_signature__), repr(Sig.__doc__[:8]))

# __instancecheck__, __subclasscheck__: type's own, what isinstance/issubclass call for a
# metaclass that defines neither.
print(type.__instancecheck__(int, 5), int.__instancecheck__("x"), A.__instancecheck__(c))
print(type.__subclasscheck__(int, bool), A.__subclasscheck__(C), int.__subclasscheck__(str))
for args in ((int, 5), (5, 5), (int,)):
    try:
        type.__subclasscheck__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__instancecheck__(int)
except TypeError as e:
    print("TypeError:", e)
print(repr(type.__dict__["__instancecheck__"]), type(type.__dict__["__subclasscheck__"]).__name__)


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


k = K()
print(isinstance(k, K), isinstance(3, K), issubclass(K, object), issubclass(bool, K))
print(sys.getrefcount(k), sys.getrefcount(K))

# __prepare__: a new dict whatever the arguments.
d1 = type.__prepare__("X", ())
d2 = Meta.__prepare__(1, 2, 3, key=4)
print(d1, d2, d1 is d2, type(d1).__name__)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = 1
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class P(metaclass=Ordered, flag=True):
    pass


print(P.injected, "__prepare__" in dir(type), "__prepare__" in type.__dict__)
