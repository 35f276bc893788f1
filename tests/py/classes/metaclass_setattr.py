"""A metaclass's __setattr__ and __delattr__ answer for its classes (and super() reaches
type's); type(name, bases, ns) keeps the bases tuple it was given as __bases__."""
import sys

bases = (object,)
T = type("T", bases, {})
print(T.__bases__ is bases, type("U", (), {}).__bases__)


class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("Meta.__delattr__", cls.__name__, name)
        super().__delattr__(name)


class A(metaclass=Meta):
    y = 0


A.x = 1
setattr(A, "z", 2)
print(A.x, A.z)
del A.x
delattr(A, "z")
print(hasattr(A, "x"), hasattr(A, "z"))


class B(A):
    pass


B.w = 3
print(B.w, "w" in vars(B), "w" in vars(A))
type.__setattr__(B, "v", 4)
print(B.v)


class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")


class F(metaclass=Frozen):
    a = 1


try:
    F.a = 2
except AttributeError as e:
    print(e)
print(F.a)
obj = object()
before = sys.getrefcount(obj)
A.held = obj
print(sys.getrefcount(obj) - before)
del A.held
print(sys.getrefcount(obj) - before)
