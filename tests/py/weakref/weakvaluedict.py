# WeakValueDictionary: entries go when values die, by refcount or by the collector (§5.4, §5.5)
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


d = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
d["a"] = a
d["b"] = b
d[3] = b
print(len(d), d["a"], "a" in d, "z" in d, d.get("z"), d.get("z", 0))
print(sorted(d.keys(), key=str), sorted(d.items(), key=str))
del a
print(len(d), "a" in d, d.get("a"))
try:
    d["a"]
except KeyError as e:
    print("KeyError:", e)
del b
print(len(d), list(d.items()))

# A self-cycle stored as a value: its KeyedRef is freed by the callback and counted
gc.collect()
c = Obj("c")
c.self = c
d["c"] = c
del c
print("in dict before collect:", len(d))
print("collected:", gc.collect())
print("after collect:", len(d))

# pop, setdefault, update, copy, values, valuerefs
x = Obj("x")
y = Obj("y")
d.update({"x": x}, y=y)
print(sorted(d.keys()), sorted(d.values(), key=repr))
print(d.setdefault("x", y), d.setdefault("q", y), len(d))
print(d.pop("q"), d.pop("q", "default"))
e = d.copy()
print(type(e).__name__, sorted(e.keys()))
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__, sorted(r.key for r in refs))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
for k in sorted(d):
    print("iter", k, d[k])
del x
print(sorted(d.keys()), sorted(e.keys()))
d.clear()
print(len(d))
k, v = e.popitem()
print(k, v, len(e))
