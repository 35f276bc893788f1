# dir() of builtin types and of instances, and the member/getset descriptors in the types'
# namespaces (int.real, range.start, object.__class__, ...) as CPython 3.11 has them.
import weakref


class C:
    pass


class I(int):
    pass


for T in (object, int, bool, float, complex, str, bytes, list, tuple, dict, set,
          frozenset, range, slice, property, super, type(lambda: 0), weakref.ref):
    print(T.__name__, sorted(set(dir(T))))
# (the rest of these namespaces: builtin_namespaces_more.py, type_layout_members.py)
for T, names in ((type, "__name__ __qualname__ __bases__ __mro__ __base__ __module__ __dict__ "
                        "__doc__ __abstractmethods__ __annotations__ __class_getitem__"),
                 (staticmethod, "__func__ __wrapped__ __isabstractmethod__ __call__"),
                 (classmethod, "__func__ __wrapped__ __isabstractmethod__"),
                 (BaseException, "args __traceback__ __context__ __cause__ "
                                 "__suppress_context__ __weakref__ __dict__"),
                 (ValueError, "args __weakref__"), (AttributeError, "name obj"),
                 (NameError, "name")):
    print(T.__name__, [n for n in names.split() if n in dir(T)])
print(dir(C()))
print(dir(C))
print(dir(I(5)) == dir(I))

for T, name in ((int, "real"), (int, "denominator"), (float, "imag"), (complex, "real"),
                (range, "start"), (slice, "step"), (property, "fget"),
                (property, "__isabstractmethod__"), (staticmethod, "__func__"),
                (BaseException, "args"), (BaseException, "__suppress_context__"),
                (object, "__class__"), (type, "__name__"), (type, "__mro__"),
                (type, "__doc__"), (super, "__thisclass__"), (weakref.ref, "__callback__"),
                (type(lambda: 0), "__globals__"), (type(lambda: 0), "__name__")):
    d = T.__dict__[name]
    print(repr(getattr(T, name)), type(d).__name__, d.__name__, d.__qualname__,
          d.__objclass__.__name__, repr(d.__doc__), d.__get__(None, T) is d)

print(int.__dict__["real"].__get__(5, int), int.__dict__["real"].__get__(True))
print(range.__dict__["stop"].__get__(range(2, 9)), I(7).real, I(7).numerator)
print(BaseException.__dict__["args"].__get__(ValueError(1, 2)))
print(object.__dict__["__class__"].__get__(C()) is C)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: setattr(5, "real", 1))
attempt(lambda: delattr(5, "real"))
attempt(lambda: setattr(range(3), "start", 1))
attempt(lambda: delattr(range(3), "stop"))
attempt(lambda: int.__dict__["real"].__set__(5, 1))
attempt(lambda: int.__dict__["real"].__delete__(5))
attempt(lambda: int.__dict__["real"].__get__("x", str))
attempt(lambda: range.__dict__["start"].__get__("x"))
attempt(lambda: range.__dict__["start"].__set__(range(2), 1))
attempt(lambda: property.__dict__["fget"].__set__(property(), len))
attempt(lambda: setattr(int, "real", 3))
attempt(lambda: object.__dict__["__class__"].__set__(C(), int))
attempt(lambda: object.__dict__["__class__"].__delete__(C()))
e = ValueError("x")
BaseException.__dict__["args"].__set__(e, (1, 2))
print(e.args)


class D:
    pass


c = C()
object.__dict__["__class__"].__set__(c, D)
print(type(c).__name__)

print(object.__doc__)
print(int.__doc__)
print(type(None).__doc__, "__doc__" in int.__dict__, (5).__doc__ == int.__doc__)
print(C.__doc__, C().__doc__, type(lambda: 0).__doc__)
print(type[int], list[int], weakref.ref[int])
