"""PEP 585 and 604: list[int] is a types.GenericAlias (printed as written, calling and
answering like its origin, a base class as its origin, refused by isinstance), and
int | None a types.UnionType (flattened, without repeats; isinstance takes it as a
tuple), so annotations written the modern way evaluate as in python3."""
import types
a = list[int]
print(a, repr(a), type(a), a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(a([1, 2]), a.append)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__)
u = int | None
print(u, type(u), u.__args__, int | str | None, (int | str) | float)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(int | int, list[int] | None)
class C: pass
print(C | None, None | C)
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
def f(x: int | None = None, y: dict[str, C] = {}) -> list[C]:
    pass
print(f.__annotations__)
try:
    int | 3
except TypeError as e:
    print(e)
print(dict[str, int]({'a': 1}))
print(list[int].__class__, list[int].__name__ if hasattr(list[int], '__name__') else None)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int].__name__, list[int]().__class__, dict[str, int].fromkeys("ab"))
print(tuple[int, str].__args__, list[list[int]].__args__[0].__origin__)
x: list[int] = [1]
def g(a: dict[str, int | None]) -> tuple[int, ...]: pass
print(g.__annotations__)
print((int | str).__args__, (int | str) == (str | int), hash(int | None) == hash(None | int))
print(issubclass(bool, int | None), isinstance("s", (int, str | bytes)))
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
class Meta(type): pass
class M(metaclass=Meta): pass
print(M | None, None | M, M | int | M)
print(repr(list[int] | dict[str, int]), list[int] | list[int])
import collections
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list], collections.Counter[str])
# The hashes depend on addresses (a class hashes by identity), so only their relations show.
a = list[int]
print(hash(a) == hash(list[int]), hash(a) == hash(list) ^ hash((int,)), hash(dict[str, int]) == hash(dict) ^ hash((str, int)))
u = int | str
print(hash(u) == hash(frozenset((int, str))), hash(u) == hash(str | int), hash(int | None) == hash(frozenset((int, type(None)))))
print({list[int]: 1}[list[int]], {int | str: 2}[str | int])
