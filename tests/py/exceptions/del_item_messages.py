"""The TypeError of `del o[k]` on an object that cannot delete items: "doesn't" when an
index meets a type with sequence slots (PySequence_DelItem), "does not" otherwise."""
import types


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
