# Slices of exact lists and tuples by ints and None (the quick paths that make no slice
# object): every bound form, both signs of step, and assignment of same-size lists and
# tuples with the replaced items' __del__ order and reference counts.
import sys

data = list(range(10))
tup = tuple(data)
bounds = [None, -12, -10, -3, -1, 0, 1, 3, 9, 10, 12]
steps = [None, 1, 2, 3, -1, -2, -3, 11, -11]
rows = []
for lo in bounds:
    for hi in bounds:
        for st in steps:
            a = data[lo:hi:st]
            b = tup[lo:hi:st]
            assert list(b) == a
            rows.append(len(a))
print(sum(rows), rows[:40])
print(tup[:] is tup, tup[0:10] is tup, tup[0:] is tup, tup[::1] is tup, tup[:9] is tup)
print(data[:] is data, type(data[::-1]).__name__, type(tup[::-1]).__name__)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


# Same size from a list and from a tuple: the replaced items go last first.
xs = [D("a"), D("b"), D("c"), D("d")]
xs[1:3] = [D("e"), D("f")]
print(xs)
xs[-3:] = (D("g"), D("h"), D("i"))
print(xs)
# Items held elsewhere: nothing goes.
keep = xs[:]
xs[0:2] = [D("j"), D("k")]
print(xs, keep)
del keep
print("kept ones gone")
# The same object twice in the replaced range.
y = D("y")
zs = [y, y, D("z")]
del y
zs[:2] = [1, 2]
print(zs)
# Reversal in place, fannkuch's way, and its counts.
perm = list(range(9))
k = 5
before = sys.getrefcount(perm[k])
perm[: k + 1] = perm[k::-1]
print(perm, sys.getrefcount(perm[0]) - before)
# Empty and crossing bounds.
ws = [1, 2, 3]
ws[2:1] = []
ws[3:] = ()
ws[5:0] = (7,)
print(ws)
ws[1:2] = ws
print(ws)
ws[0:2] = "ab"
print(ws)
try:
    ws[::2] = [1]
except ValueError as e:
    print(e)
ws[::-2] = [8, 9, 10, 11]
print(ws)
print("end")
