# __class_getitem__ of more builtin and library types (types.GenericAlias results).
import functools
import itertools
import types
import weakref

for alias in (enumerate[int], itertools.chain[str], functools.partial[int],
              functools.cached_property[int], weakref.WeakSet[int],
              types.MappingProxyType[str, int]):
    print(type(alias).__name__, alias.__origin__.__name__, alias.__args__)
print(type(weakref.WeakSet.__dict__["__class_getitem__"]).__name__,
      type(functools.cached_property.__dict__["__class_getitem__"]).__name__)
