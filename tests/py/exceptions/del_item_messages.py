"""The TypeError of `del o[k]` on an object that cannot delete items: "doesn't" when an
index meets a type with sequence slots (PySequence_DelItem), "does not" otherwise."""
import functools
import sys
import types
import weakref


class A:
    pass


for o in [(1,), 5, 2.5, types.MappingProxyType({}), "s", range(3), A(), frozenset(), object()]:
    for k in (0, True, "k"):
        try:
            del o[k]
        except TypeError as e:
            print(e)
    try:
        o[0] = 1
    except TypeError as e:
        print(e)


# Heap types (a class's, a builtin made from a spec) and subclasses of builtin sequences
# have sequence slots; complex and weakref.ref do not.
class I(int):
    pass


for o in [functools.partial(len), functools.lru_cache(None)(len), sys.flags, sys.version_info,
          1j, weakref.ref(A), I(3), {1}]:
    try:
        del o[0]
    except TypeError as e:
        print(e)
