d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
it = iter(d)
print(next(it), type(it).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
for key, val in d.items():
    print(key, val)
print(sorted(d.values(), reverse=True), max(d, key=d.get), sum(d.values()))
e = {}
print(e.keys(), list(e.items()), len(e.values()))
