d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), d.keys(), d.values(), d.items(), len(d), "a" in d, 2 in d)
print(d.get("z"), d.get("z", 0), d.pop("b"), d.pop("zz", "dflt"), d.setdefault("e", []), d)
d.update({"a": 20}, f=6)
d.update([("g", 7)])
print(d, d.popitem(), d)
k = d.keys()
d["new"] = 1
print(k, "new" in k, list(reversed(d)), len(k))
print(dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), {**d, "a": 0})
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, d.copy() == d, d.copy() is d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    for key in d:
        d["x" + key] = 1
except RuntimeError as e:
    print(e)
del d["a"]
print(d, d | {"z": 26}, sorted(d.items())[:2])
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
dd = {}
dd[(1, 2)] = "tuple key"
print(dd, dd[1, 2])
v = {"k": 1}.values()
print(type(v).__name__, list(v))
d2 = {"x": 1}
d2 |= {"y": 2}
print(d2, list(iter(d2)), d2.clear(), d2)
