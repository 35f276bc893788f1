"""super objects print as super_repr makes them, and the iterator types of builtins
(enumerate, map, filter, zip, reversed, a list's reversed iterator) are static types:
no __dict__ or __weakref__ descriptor, instances take no attributes."""
import weakref


class A:
    def f(self):
        return super()

    @classmethod
    def g(cls):
        return super()


class B(A):
    pass


print(repr(super(int, 3)))
print(repr(A().f()))
print(repr(B().f()))
print(repr(A.g()))
print(repr(B.g()))
print(repr(super(A)))
print(repr(super(int, bool)))
print(str(super(B, B())))
print(f"{super(B, B())!r} {super(B, B())}")

for it in (enumerate([]), map(str, []), filter(None, []), zip(), reversed([]), reversed((1,)),
           reversed(range(2))):
    t = type(it)
    d = dir(t)
    print(t.__name__, "__dict__" in d, "__weakref__" in d, "__dict__" in t.__dict__)
    try:
        it.x = 1
    except AttributeError as e:
        print("  ", e)
    try:
        weakref.ref(it)
    except TypeError as e:
        print("  ", e)
