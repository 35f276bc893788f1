"""f(**mapping) takes any mapping — a mappingproxy, a dict subclass, an object with keys() and
__getitem__ — and its errors name the function as module.qualname()."""
import collections, types
def f(**kw): return kw
class A: q = 1
print(sorted(f(**A.__dict__)), f(**collections.OrderedDict(a=1, b=2)), f(**collections.Counter("aab")))
print(dict(**types.MappingProxyType({'x': 1})), '{q}'.format(**A.__dict__))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(f(**M()))
try: f(**3)
except TypeError as e: print(e)
try: f(**{1: 2})
except TypeError as e: print(e)
try: f(a=1, **{'a': 2})
except TypeError as e: print(e)


# dict_merge reads a dict subclass directly unless it overrides __iter__.
class D(dict):
    def keys(self): return ["zz"]
    def __getitem__(self, k): return "over"
print(f(**D(a=1, b=2)))
class E(dict):
    def __iter__(self): return iter(["a"])
    def __getitem__(self, k): return "via getitem"
print(f(**E(a=1, b=2)))
