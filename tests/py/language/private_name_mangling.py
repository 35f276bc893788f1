"""Private names (`__spam`) inside a class body, and everything nested in it, are stored
as `_Class__spam`: variables, attributes, parameters, imports, global declarations,
comprehension variables and nested class bindings; keyword argument names, dunders and
strings are left alone, and a def's or class's __name__ keeps the name as written."""


def f(**kw):
    return kw


class A:
    __x = 1

    def __m(self, __p=2):
        return __p

    def g(self, __q=3):
        self.__y = __q
        import os as __os

        return f(__k=1), sorted(locals()), self.__m(), __os.sep

    class __Inner:
        pass

    def h(self):
        global __G
        __G = 5
        return [__z for __z in range(2)]

    __dunder__ = 1
    _A__pre = 2


a = A()
print(sorted(A.__dict__.keys()))
print(a.g(), vars(a))
print(a.h(), sorted(k for k in globals() if "G" in k))
print(A._A__x, a._A__m(), A._A__Inner.__name__, A._A__Inner.__qualname__)
print(A._A__m.__name__, A._A__m.__qualname__)


class _:
    __x = 1


print([k for k in _.__dict__ if "x" in k])


class __B:
    __x = 1


print([k for k in __B.__dict__ if "x" in k])


class C:
    def m(self):
        return lambda: self.__v

    def __init__(self):
        self.__v = 9


print(C().m()())
try:
    a.__x
except AttributeError as e:
    print(e)
print(getattr(a, "_A__y"), hasattr(a, "__y"))


class D:
    def f(self, **kw):
        return kw

    def g(self):
        return self.f(__kw=1)

    def missing(self):
        return __nowhere


print(D().g())
try:
    D().missing()
except NameError as e:
    print(e)


class Outer:
    class Inner:
        def get(self):
            return self.__secret

        def __init__(self):
            self.__secret = "inner"

    def peek(self, obj):
        try:
            return obj.__secret
        except AttributeError as e:
            return str(e)


print(vars(Outer.Inner()), Outer().peek(Outer.Inner()))


class S:
    __slots__ = ("__p", "q")

    def __init__(self):
        self.__p = 1
        self.q = 2


print(S.__slots__, sorted(k for k in vars(S) if "p" in k or k == "q"), S()._S__p)
try:

    class Bad:
        __slots__ = ("__v",)
        _Bad__v = 1

except ValueError as e:
    print(e)
