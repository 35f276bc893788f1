s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1} < {1}, {1, 2} >= {2}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset({3}))
a = {1, 2, 3}
a |= {4}; a &= {1, 2, 4}; a -= {1}; a ^= {5}
print(sorted(a), sorted(a.union([9], (8,))), sorted(a.intersection({2, 9})), sorted(a.difference({2})), sorted(a.symmetric_difference({2, 7})))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
f = frozenset([1, 2, 2])
print(f, type(f).__name__, f | {3}, {f: "frozen key"}[frozenset({1, 2})], hash(f) == hash(frozenset([2, 1])))
try:
    {[1]}
except TypeError as e:
    print(e)
e = set()
print(e, repr(frozenset()), set("abc") == set("cba"), {1, 2} == frozenset({1, 2}), bool(e))
c = {1, 2}
c2 = c.copy()
c2.add(3)
c.update([7], {8})
c.intersection_update({1, 7, 8})
c.difference_update({8})
print(sorted(c), sorted(c2), {x % 3 for x in range(10)})
