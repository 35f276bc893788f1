"""`for` over an exact list or tuple: the iterator holds the sequence while the loop runs
(sys.getrefcount, gc.get_referrers) and lets it go when exhausted or left."""
import gc
import sys

items = [10, 20, 30]
base = sys.getrefcount(items)
for x in items:
    print(x, sys.getrefcount(items) - base)
print("after", sys.getrefcount(items) - base)

for x in items:
    refs = [type(r).__name__ for r in gc.get_referrers(items) if type(r).__name__.endswith("iterator")]
    print("referrers", refs)
    break
print("after break", sys.getrefcount(items) - base)

grow = [1, 2]
for x in grow:
    if x < 5:
        grow.append(x + 2)
print(grow)

shrink = [1, 2, 3, 4]
for x in shrink:
    shrink.remove(x)
print(shrink)

t = (1, "a", None)
tbase = sys.getrefcount(t)
for y in t:
    print(repr(y), sys.getrefcount(t) - tbase)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def only_ref():
    for d in [D("first"), D("second")]:
        print("body", d.name)
    print("loop done")


only_ref()

it = iter(items)
next(it)
for z in it:
    print("rest", z)
for z in it:
    print("never")
print(list(it))

nested = [[1, 2], (3,), []]
for row in nested:
    for v in row:
        print(v, end=" ")
print()
