# defaultdict, Counter, OrderedDict and namedtuple instances as the collector sees them.
import gc, sys
from collections import defaultdict, OrderedDict, Counter, namedtuple

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

tree = defaultdict(list)
tree["a"].append(Leaf("one"))
tree["a"].append(tree)          # a cycle through the default value
print(gc.is_tracked(tree), sys.getrefcount(tree))
del tree
print("collected", gc.collect() > 0)

Pair = namedtuple("Pair", "left right")
leaf = Leaf("pair-leaf")
p = Pair(leaf, 2)
print(sys.getrefcount(leaf))
print(gc.is_tracked(p), gc.is_tracked(Pair(1, 2)))
del p
print(sys.getrefcount(leaf))
del leaf

c = Counter()
for word in "a b a c a b".split():
    c[word] += 1
print(c.most_common(1), sys.getrefcount(c))

od = OrderedDict()
od["x"] = Leaf("od")
od.move_to_end("x", last=False)
print(list(od))
od.clear()
print("cleared")

gc.collect()
before = gc.get_count()[0]
points = [Pair(i, i) for i in range(50)]
print(gc.get_count()[0] - before >= 50)
del points
print("end")
