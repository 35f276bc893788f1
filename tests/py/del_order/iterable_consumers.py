# Consumers of an iterable take its items one at a time, each released as CPython releases
# it (set(), set.update/intersection/difference_update, dict.fromkeys, sorted, map, ...);
# dict.fromkeys stores through a class's __setitem__.
class D:
    def __init__(self, v): self.v = v
    def __del__(self): print("del", self.v)
    def __hash__(self): return self.v % 2
    def __eq__(self, o): return self.v % 2 == o.v % 2
    def __repr__(self): return f"D{self.v}"
def g(n):
    for i in range(n):
        print("make", i)
        yield D(i)
print(set(g(4)))
print("--")
print(frozenset(g(3)))
print("--")
print(dict.fromkeys(g(3)))
print("--")
print(len(tuple(g(2))))
print("--")
s = set(); s.update(g(3)); print(s); del s
print("--")
print(sorted(g(3), key=lambda d: -d.v))
print("--")
l = []; l.extend(g(2)); print(l); del l
print("--")
print(list(map(lambda d: d.v, g(3))))
print("--")
print(list(filter(lambda d: d.v % 2, g(3))))
print("--")
print(", ".join(str(d.v) for d in g(3)))
print("--")
print(list(enumerate(g(2))))
print("--")
print(list(zip(g(2), "ab")))
print("end")
class MD(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
print(MD.fromkeys("ab", 1))
class NotDict:
    def __init__(self): self.items = []
    def __setitem__(self, k, v): self.items.append((k, v))
    def __repr__(self): return f"NotDict({self.items})"
class F(dict):
    def __new__(cls): return NotDict()
print(F.fromkeys([1, 2]))
s = {1, 2, 3, 4}
s.intersection_update(g(3)) if False else None
print(s & set(), s.intersection(x.v for x in g(3)))
s.difference_update(x.v for x in g(3)); print(s)
try:
    {frozenset({1})}.difference_update([{1}])
except TypeError as e:
    print("TypeError", e)
t = {frozenset({1})}; t.discard({1}); print(t)
print("end2")
