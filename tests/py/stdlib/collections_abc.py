# collections.abc: importing it (as a submodule, from collections), the builtin types'
# registrations and structural checks, the mixin methods of Set, MutableSet, Mapping,
# MutableMapping, Sequence and MutableSequence, match patterns through Sequence/Mapping,
# Callable's subscription, and registered classes not kept alive.
import collections.abc
from collections.abc import Iterable, Sequence, MutableMapping
import collections.abc as cabc
print(collections.abc.Iterable, Iterable is cabc.Iterable)
from collections import abc
print(abc.Sized)
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, MutableMapping), isinstance((), Sequence))
print(isinstance(collections.deque(), cabc.MutableSequence))
class S(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = S(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)))
match s:
    case [a, b, *rest]: print("seq", a, b, rest)
print(cabc.Callable[[int, str], float], cabc.Callable[..., int], cabc.Callable[[], int], cabc.Iterable[int], cabc.Callable[[int], str].__args__)
print(cabc.Callable[[int], str] | None)
print(sorted(cabc.__all__) == sorted(cabc.__all__), len(cabc.__all__))
print(Iterable.__module__, Iterable.__qualname__, repr(Iterable))
from collections.abc import *
import collections
class Bag(MutableSet):
    def __init__(self, it=()): self.d = dict.fromkeys(it)
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def add(self, x): self.d[x] = None
    def discard(self, x): self.d.pop(x, None)
    def __repr__(self): return f'Bag({list(self.d)})'
a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < Bag([1,2,3,4]), a == Bag([3,2,1]), a.isdisjoint([7]))
print([1, 2] & Bag([2]) if False else Bag([2]) & [1, 2], {5} - a if False else a - {1})
a |= [9]; a -= {1}; a ^= {2, 7}; a &= {3, 9, 7}; print(a, a.pop(), a)
a.remove(9) if 9 in a else None; print(a); a.clear(); print(a, len(a))
try: a.remove(42)
except KeyError as e: print('KeyError', e)
print(Bag([1,2])._hash() == Bag([2,1])._hash())
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D(); d.update({'a': 1}, b=2); d.update([('c', 3)]); print(dict(d), d.get('z', 0), 'a' in d, d.setdefault('e', 5), d.pop('a'), d.pop('zz', None))
print(d.keys(), list(d.items()), list(d.values()), d.popitem(), len(d), d == {'c': 3, 'e': 5}, 'c' in d.keys(), ('c', 3) in d.items(), 3 in d.values())
try: d.pop('nope')
except KeyError as e: print('KeyError', e)
d.clear(); print(len(d))
match D():
    case {}: print('mapping')
class L(MutableSequence):
    def __init__(self, *a): self.l = list(a)
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
l = L(1, 2, 3); l.append(4); l.extend([5, 6]); l.reverse(); print(l.l, l.pop(), l.pop(0), l.index(3), l.count(2))
l.remove(3); l += [7]; print(l.l, 4 in l, list(reversed(l)))
try: l.index(99)
except ValueError as e: print('ValueError', repr(e))
l.clear(); print(l.l)
match L(1, 2):
    case [x, y]: print('seq', x, y)
class R:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
Sequence.register(R)
match R():
    case []: print('registered seq matched')
class MM:
    def __getitem__(self, k): raise KeyError(k)
    def keys(self): return []
Mapping.register(MM)
match MM():
    case {}: print('registered mapping matched')
for name, obj in [('list', []), ('tuple', ()), ('str', ''), ('dict', {}), ('set', set()), ('frozenset', frozenset()), ('range', range(1)), ('bytes', b''), ('bytearray', bytearray()), ('deque', collections.deque()), ('keys', {}.keys()), ('items', {}.items()), ('values', {}.values()), ('gen', (x for x in [])), ('iter', iter([])), ('int', 1), ('func', len), ('none', None), ('zip', zip()), ('mappingproxy', type.__dict__)]:
    print(name, [n for n in cabc.__all__ if isinstance(obj, getattr(cabc, n))])
class Odd:
    __hash__ = None
    def __iter__(self): return iter(())
    def __call__(self): pass
    def __len__(self): return 0
    def __contains__(self, x): return False
    def __reversed__(self): return iter(())
print([n for n in cabc.__all__ if issubclass(Odd, getattr(cabc, n))])
class NoIter(Iterable):
    __iter__ = None
print(issubclass(NoIter, Iterable), isinstance(NoIter(), Iterable) if False else None)
print(KeysView({'a': 1}), ValuesView({}), ItemsView({1: 2}), MappingView([]))
print(KeysView({'a': 1}) & {'a', 'b'}, ItemsView({1: 2}) | {(3, 4)})
print(Iterable.__abstractmethods__, sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__), Set.__abstractmethods__ == frozenset({'__contains__', '__iter__', '__len__'}))
try: Sequence()
except TypeError as e: print(e)
try: Iterable()
except TypeError as e: print(e)
print(list(Iterable.__iter__(None)), Hashable.__hash__(None), Sized.__len__(None), Container.__contains__(None, 1), Callable.__call__(None))
print(cabc.Set.__module__, cabc.Set.__name__, MutableSequence.__mro__)
def gen():
    yield 1
g = gen()
print(isinstance(g, Generator), issubclass(type(g), Iterator))
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
print(list(G()), G().close())
import gc, weakref
class Virtual:
    def __len__(self): return 0
Sized.register(Virtual)
MutableMapping.register(Virtual)
print(isinstance(Virtual(), Mapping), issubclass(Virtual, Container), issubclass(Virtual, Sized))
w = weakref.ref(Virtual)
del Virtual
gc.collect()
print(w())
print(list(reversed({1: 2, 3: 4}.keys())), iter([]).__next__ is not None, next(iter([]), 'default'))
it = iter([1, 2])
print(it.__next__(), next(it), next(it, 'end'))
try: it.__next__()
except StopIteration as e: print('StopIteration', e.args)
print(isinstance(map(str, []), Iterator), isinstance(enumerate([]), Iterable), isinstance(reversed([]), Iterator), isinstance(filter(None, []), Iterator))
