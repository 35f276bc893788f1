s = {3, 1, 2}
s.add(4)
s.discard(1)
print(len(s), 2 in s, 1 in s, sorted(s))
print(sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
print(set(), frozenset(), {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > {1})
print(sorted(x * 2 for x in {1, 2, 3}), sorted({x % 3 for x in range(10)}))
fs = frozenset([1, 2])
print(fs, hash(fs) == hash(frozenset([2, 1])), {fs: "ok"}[frozenset([1, 2])])
print(sorted(set("hello")), {1, 2}.isdisjoint({3}), {1}.issubset([1, 2]))
try:
    {1}.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    hash({1})
except TypeError as e:
    print(e)
