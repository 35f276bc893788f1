# sys.getsizeof of instances, functions, modules, types and weakrefs; __sizeof__ overrides
import sys
import weakref

g = sys.getsizeof


class Plain:
    pass


class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = [1, 2, 3]
        self.c = "x" * 1000


class S0:
    __slots__ = ()


class S2:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("a", "__weakref__")


class SD:
    __slots__ = ("a", "__dict__")


class Sub(S2):
    __slots__ = ("c",)


print("instances:", g(Plain()), g(WithAttrs()), g(S0()), g(S2()), g(SW()), g(Sub()))


def f():
    pass


print("function/lambda:", g(f), g(lambda: 0))
print("module:", g(sys), g(weakref))
print("types:", g(Plain), g(int), g(type))
print("range:", g(range(10)))
print("builtin:", g(len))
p = Plain()
print("weakref/proxy:", g(weakref.ref(p)), g(weakref.proxy(p)), g(weakref.ref(f, print)))


class MyRef(weakref.ref):
    pass


class SlotRef(weakref.ref):
    __slots__ = ("key",)


print("ref subclasses:", g(MyRef(p)), g(SlotRef(p)), g(weakref.KeyedRef(p, None, 1)))


class Sized:
    def __sizeof__(self):
        return 100


class SizedSlots:
    __slots__ = ()

    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "big"


class Raises:
    def __sizeof__(self):
        raise TypeError("no size")


class BigList(list):
    pass


print("overrides:", g(Sized()), g(SizedSlots()), g(NotInt(), 7), g(Raises(), "dflt"))
for cls in (Negative, NotInt, Raises):
    try:
        g(cls())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    g(Negative(), 5)
except ValueError as e:
    print("default does not hide ValueError:", e)
print("__sizeof__ methods:", object().__sizeof__(), Plain().__sizeof__(), [].__sizeof__(), (1, 2).__sizeof__(), "ab".__sizeof__(), Sized().__sizeof__())
print("shallow:", g([WithAttrs()]) == g([None]), g({"k": "v" * 1000}) == g({"k": "v"}))


class MyError(Exception):
    pass


class DeepError(MyError):
    pass


print("exceptions:", g(ValueError("x")), g(Exception()), g(KeyError(1, 2)), g(MyError()), g(DeepError("a")))
