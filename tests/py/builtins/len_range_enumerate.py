print(len([1, 2]), len("abc"), len({1: 2}), len(range(10)), len(()), len({1, 2, 3}))
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], r[1:3], len(r), 5 in r, 8 in r, r.index(8), r.count(5))
print(range(5).start, range(5).stop, range(5).step, list(range(10, 0, -3)), list(range(0)))
print(range(0, 10, 2) == range(0, 10, 2), range(3) == range(0, 3, 1), reversed(range(3)).__class__.__name__)
print(list(reversed(range(1, 8, 2))), range(10)[::2], range(10)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate([10, 20], start=5)), list(enumerate(())))
try:
    len(5)
except TypeError as e:
    print(e)
print(sum(range(100)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
