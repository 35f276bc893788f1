"""Slices of lists and tuples with plain bounds (None or small ints) in functions: the
generated code answers them without a slice object while the slice cache is full. The
results, the errors, the release order of temporaries, list capacities and gc counts
are CPython's; bounds with __index__, bools and huge ints take the general path."""
import gc
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


def loads(n):
    a = list(range(10))
    t = tuple(range(6))
    print(a[2:5], a[::-1], a[n:], a[:-n], a[-3::-2], a[8:2:-3], a[5:2], a[100:], a[-100:2])
    print(t[1:4], t[::2], t[:] is t, a[:] is a, t[0:6:1] is t, t[::-1])
    print(a[Idx(1):Idx(4)], a[True:3], a[2**70:], a[: -2**70])
    try:
        a[::0]
    except ValueError as e:
        print("ValueError:", e)
    print([D(1), D(2), D(3)][1:2][0].n)
    print("after")


def stores(n):
    a = list(range(8))
    a[2:4] = [20, 30]
    print(a, sys.getsizeof(a))
    a[1:2] = (7, 7, 7)
    print(a, sys.getsizeof(a))
    a[n:] = []
    print(a, sys.getsizeof(a))
    a[:] = a
    print(a)
    a[::2] = "xy"
    print(a)
    try:
        a[::2] = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    b = [D(10), D(11), D(12)]
    b[0:2] = [D(13)]
    print("stored")
    del b
    t = (1, 2)
    try:
        t[0:1] = [5]
    except TypeError as e:
        print("TypeError:", e)
    c = [0, 1, 2, 3]
    c[1:3] = (x * 10 for x in range(3))
    print(c)


def counts():
    a = list(range(5))
    before = gc.get_count()[0]
    for i in range(50):
        b = a[1:4]
        a[0:2] = [i, i]
    print(gc.get_count()[0] - before, a, b)


for _ in range(2):
    loads(2)
    stores(4)
    counts()
