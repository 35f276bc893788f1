import sys, gc
from itertools import *

class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
    def __repr__(self): return "D%d" % self.n

src = [1, 2, 3]
print(sys.getrefcount(src))
c = chain(src)
print("chain holds args tuple:", sys.getrefcount(src))
next(c)
print("after first next (list iterator active):", sys.getrefcount(src))
list(c)
print("exhausted chain dropped everything:", sys.getrefcount(src))
del c

it1 = iter(src)
s = islice(it1, 2)
print("islice holds iterator:", sys.getrefcount(it1))
list(s)
print("exhausted islice released it:", sys.getrefcount(it1))
del s, it1

x = D(0)
r = repeat(x, 2)
print("repeat holds:", sys.getrefcount(x))
del r
print("released:", sys.getrefcount(x))
del x

print("-- result tuples reused when nobody keeps them")
for t in zip_longest([D(1), D(2)], [D(3)]):
    print(" got", t)
print("-- product")
for a, b in product([D(4)], [D(5), D(6)]):
    print(" pair", a, b)
print("-- kept tuples are copied")
kept = list(combinations([D(7), D(8), D(9)], 2))
print(kept)
del kept
print("-- pairwise")
for p in pairwise([D(10), D(11), D(12)]):
    print(" ", p)
print("-- groupby")
for k, g in groupby([D(13), D(14)], key=lambda d: d.n // 100):
    print(" key", k, list(g))
print("-- accumulate")
acc = accumulate([1, 2, 3], lambda a, b: D(a if isinstance(a, int) else a.n + b))
print(next(acc), next(acc)); print(next(acc)); del acc
print("-- cycle saves items")
cy = cycle([D(20), D(21)])
print(next(cy), next(cy), next(cy))
del cy
print("-- tee buffers until every copy passed")
a, b = tee([D(30), D(31)])
print(next(a), next(a))
print("b still to read")
print(list(b))
del a, b
print("-- tracked")
for obj in [count(), cycle("a"), repeat(1), chain(), islice([], 0), pairwise([]), tee([])[0], zip_longest(), product(), groupby([])]:
    print(type(obj).__name__, gc.is_tracked(obj))
print("-- cycles through iterators are collected")
gc.collect()
l = [D(40)]
ch = chain(l)
l.append(ch)
del l, ch
print("collected", gc.collect())
l = []
cy = cycle(l)
l.append(cy)
next(cy)
del l, cy
print("collected", gc.collect())
a, b = tee(iter([1]))
holder = [a, b]
a.__dict__ if hasattr(a, '__dict__') else None
print("end")
