# Sorting keys that are all numbers, all strs, or tuples of such compares them without
# Python code (CPython's unsafe_*_compare); the order is the same stable one either way.
import random

random.seed(7)
floats = [random.random() * 100 - 50 for _ in range(300)] + [0.0, -0.0, float("inf"), -float("inf")]
print(sorted(floats)[:5], sorted(floats)[-3:])
ints = [random.randrange(-10**12, 10**12) for _ in range(300)] + [2**70, -2**70, 0]
print(sorted(ints)[:3], sorted(ints)[-3:])
mixed = [1, 2.5, -3, 0.5, 10**3, -0.0, 0]
print(sorted(mixed), sorted(mixed, reverse=True))
strs = ["banana", "Apple", "cherry", "apple", "", "é", "z", "\U0001f600", "\uffff", "ab", "a"]
print(sorted(strs))
print(sorted(strs, key=str.lower))
pairs = [(random.randrange(5), random.random(), f"x{i}") for i in range(200)]
s = sorted(pairs)
print(s[:2], s[-1], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
# stability, with reverse too: equal keys keep their order
recs = [(i % 3, i) for i in range(20)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted([(1, "b"), (1, "a", 0), (1,), (0, "z")]))
# not uniform: the general comparison, its errors included
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([True, 2, 1, False]))
for bad in ([1, "a", 2], [(1, "a"), (1, 2)], [None, 1]):
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:])
