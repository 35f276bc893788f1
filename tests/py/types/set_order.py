"""Sets of ints iterate, print and pop in the order of CPython's hash table: slots by
hash modulo the table size, collisions probed linearly then by perturbed jumps, resizes
at three fifths full, deleted slots left as dummies and reused, pop starting at its
finger. Displays of constants are built as 3.11 compiles them (a constant frozenset,
merged), copies and unions merge table to table, intersections walk the smaller set."""

print({3, 1, 2}, {10, 5, 100, 7}, set([9, 17, 1, 25]), {-1, -2, 5, 0})
print({5, 13, 21, 29, 37}, list({5, 13, 21, 29, 37}))
q = set()
for x in (5, 13, 21, 29, 37):
    q.add(x)
print(q, [q.pop() for _ in range(3)], q)
s = set(range(20))
print(s)
s.discard(3)
s.add(35)
s.add(3)
print(s)
print(set([1, 9, 17, 33, 2]), frozenset([40, 8, 16]))
a = {1, 2, 3, 4, 5, 6, 7, 8, 40, 72}
b = {72, 8, 100, 3, 1000}
print(a | b, a & b, a - b, a ^ b, b - a, b | a)
print(a.union(b, [500, 4]), a.intersection(b, {8, 72}), a.difference(b, [1]))
print(a.symmetric_difference([8, 9, 1000]))
c = set(a)
c |= {64, 128}
print(c)
c &= {1, 2, 64, 999, 40}
print(c)
c -= {2}
print(c)
c ^= {1, 7, 8}
print(c)
p = {5, 13, 21, 29, 37}
print([p.pop() for _ in range(3)], p)
print(list({2**40, 2**61, -(2**63), 7}), {True, 2, 0}, {1, True, 1.0})
d = {k: None for k in [33, 1, 17, 65]}
print(set(d), set({3: 1, 11: 2}.keys()))
e = set(range(100))
e.difference_update(range(0, 100, 2))
print(e)
e.clear()
e.add(50)
e.add(18)
print(e, e.copy(), frozenset(e))
t = set(range(1, 12))
for k in (4, 5, 6):
    t.discard(k)
t.add(35)
print(t)
print({n * n for n in range(-6, 7)}, {n % 7: n for n in range(20)}.keys())
s2 = {1, 2}
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(type(iter(set())).__name__, type(iter(frozenset())).__name__, sorted(s2))
big = set(range(0, 200000, 7))
print(list(big)[:5], list(big)[-3:], len(big))


class Tagged(set):
    pass


print(sorted(Tagged([3, 1, 2])), Tagged([3, 1, 2]) == {1, 2, 3})
