# The bisect module: insertion points left and right, lo/hi bounds (hi=None and -1 mean
# len), key functions, insort through a.insert, other sequences, and the argument errors.
import bisect
import sys

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4))
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_right(a, 2, 0, -1), bisect.bisect_right(a, 9, 0, -5))
print(bisect.bisect_right([], 1), bisect.bisect_left([], 1), bisect.bisect_right(a, 2, 5, 2))
print(bisect.bisect_right(a, 2, True), bisect.bisect_left(a, 3, hi=False))

records = [('ann', 21), ('bob', 30), ('cy', 30), ('dee', 44)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 30, key=age), bisect.bisect_right(records, 30, key=age))
bisect.insort(records, ('eve', 30), key=age)
bisect.insort_left(records, ('fay', 30), key=age)
print(records)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, v)
print(s)
bisect.insort_right(s, 3, 0, 3)
bisect.insort_left(s, 0, lo=0, hi=0)
print(s)

# Other sequences: str and tuple are searched; insort calls insert on anything.
print(bisect.bisect('acegi', 'd'), bisect.bisect_left((1, 3, 5), 3))


class Seq:
    def __init__(self, items):
        self.items = items
        self.log = []

    def __len__(self):
        self.log.append('len')
        return len(self.items)

    def __getitem__(self, i):
        self.log.append(i)
        return self.items[i]

    def insert(self, i, v):
        self.log.append(('insert', i, v))
        self.items.insert(i, v)


q = Seq([10, 20, 30, 40])
bisect.insort(q, 25)
print(q.items, q.log)


class MyList(list):
    def insert(self, i, v):
        print('MyList.insert', i, v)
        super().insert(i, v)


ml = MyList([1, 3])
bisect.insort_left(ml, 2)
print(ml)


class Cmp:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v


items = [Cmp(i) for i in range(0, 100, 3)]
print(bisect.bisect_left(items, Cmp(50)), Cmp.calls)
Cmp.calls = 0
print(bisect.bisect_right(items, Cmp(51)), Cmp.calls)

# References: the searched items are only borrowed; insort holds the new item once.
item = object()
base = sys.getrefcount(item)
lst = [0, 1, 2]
bisect.insort(lst, 1.5)
keyed = [item]
bisect.bisect_right(keyed, 5, key=lambda o: 0)
print(sys.getrefcount(item) - base)
bisect.insort(keyed, item, key=id)
print(sys.getrefcount(item) - base, keyed.count(item))

# Errors
tries = [
    lambda: bisect.bisect_right(a, 1, -1),
    lambda: bisect.insort_left(a, 1, lo=-3),
    lambda: bisect.bisect_right(a, 1, 'x'),
    lambda: bisect.bisect_right(a, 1, 0, 'y'),
    lambda: bisect.bisect_right(a, 1, 1.5),
    lambda: bisect.bisect_left(a, 1, 0, 2.5),
    lambda: bisect.bisect_right(a, 1, 2 ** 70),
    lambda: bisect.bisect_right(a, 1, 0, 2 ** 70),
    lambda: bisect.bisect_right(a, 1, 0, 20),
    lambda: bisect.bisect_right(a),
    lambda: bisect.bisect_right(),
    lambda: bisect.bisect_left(a, 1, 0, 1, None),
    lambda: bisect.bisect_left(a, 1, 0, 1, None, 2),
    lambda: bisect.insort(a, 1, key=None, z=1),
    lambda: bisect.bisect(a, 1, x=1),
    lambda: bisect.insort_right(a, 1, 0, 1, key=None, extra=2),
    lambda: bisect.bisect_right(5, 1),
    lambda: bisect.bisect_right([1, 'a', 3], 2),
    lambda: bisect.bisect_right(a, 1, key=5),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.bisect_right(a, x=1),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect, bisect.insort, bisect.insort is bisect.insort_right)
print(sorted(n for n in dir(bisect) if not n.startswith('_')))
