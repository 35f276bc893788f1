data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), sorted("banana"), sorted(data, key=lambda x: -x))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs, key=lambda r: r[1]), min(recs), max(recs, key=lambda r: r[1]))
print(min(3, 1, 2), max(3, 1, 2), min("abc"), max([1, 5], [1, 6]), min([], default="empty"), max((), default=None))
print(min([4, 2, 2], key=lambda x: x), max([1, 3, 3], key=lambda x: x))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
l = [3, 1, 2]
l.sort()
print(l, l.sort(reverse=True), l)
print(sorted({3: "c", 1: "a"}), sorted({2, 1, 3}), sorted([[2, 1], [1, 2], [1]]))
print(sorted([1.5, 1, True, 0.5]))
