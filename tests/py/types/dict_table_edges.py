"""Dicts whose table sees holes, compaction, hash collisions and comparisons that change
the dict: the order, lookups and refcounts must stay CPython's."""
import sys


class Key:
    """Equal keys share a hash bucket; __eq__ counts its calls."""
    calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


# Colliding keys: all in one bucket, found by __eq__.
d = {}
keys = [Key(n, 7) for n in "abcde"]
for i, k in enumerate(keys):
    d[k] = i
print(list(d.items()))
print(d[Key("c", 7)], Key("x", 7) in d, Key("a", 8) in d)
del d[Key("b", 7)]
d[Key("b", 7)] = 10
print(list(d.values()), len(d))

# Many deletions: holes are compacted, order and lookups survive.
big = {i: str(i) for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
for i in range(90, 100):
    big.pop(i, None)
big[1000] = "x"
big[1] = "one"
print(len(big), list(big)[:5], list(big)[-3:], big[4], big.get(3), big[1000])
for i in range(100):
    big.pop(i, None)
print(big)

# Mixed primitive keys that compare equal: 1, 1.0 and True are one key.
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
m[2.5] = "x"
m[None] = "none"
m["1"] = "str"
print(m, len(m))
del m[1.0]
print(m, 1 in m, True in m)


# A comparison that mutates the dict: the lookup starts again.
class Mutator:
    def __init__(self, target, h):
        self.target = target
        self.h = h
        self.armed = True

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.armed:
            self.armed = False
            self.target["added"] = 1
        return self is other


t = {}
a = Mutator(t, 5)
b = Mutator(t, 5)
a.armed = False
b.armed = False
t[a] = "a"
a.armed = True
t[b] = "b"
print(len(t), t[a], t[b], "added" in t, list(t.values()))
a.armed = True
print(t.get(b), len(t))

# popitem from a dict with holes, and a set after removals.
p = {k: k * 2 for k in range(12)}
del p[11]
del p[10]
print(p.popitem(), p.popitem(), len(p))
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
s.add(100)
print(sorted(s), len(s), 3 in s, 4 in s)

# References held by a dict's keys and values are released when it goes.
class Obj:
    pass


o = Obj()
before = sys.getrefcount(o)
holder = {"a": o, "b": o, o: o}
print(sys.getrefcount(o) - before)
del holder["a"]
print(sys.getrefcount(o) - before)
holder.clear()
print(sys.getrefcount(o) - before)

# Iteration over a dict changed meanwhile.
it_d = {"x": 1, "y": 2}
try:
    for k in it_d:
        it_d["z" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

# Instance attributes: set, replace, delete, set again (split-table slot order).
class Rec:
    pass


r = Rec()
r.a = 1
r.b = 2
r.c = 3
del r.b
r.b = 4
r.a = 5
print(r.__dict__, vars(r) == {"a": 5, "c": 3, "b": 4})
