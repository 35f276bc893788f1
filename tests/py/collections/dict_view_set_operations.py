"""dict_keys and dict_items are set-like: -, &, |, ^ with any iterable on either side give a
set (a keys view starts from its dict), isdisjoint, and comparisons with sets and views
by size and containment; dict_values is not set-like."""
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "d": 0}
print(d.keys() - {"a"}, d.keys() & e.keys(), d.keys() | e.keys(), d.keys() ^ e.keys())
print(d.items() - {("a", 1)}, d.keys().isdisjoint(e), {"a"} - d.keys(), type(d.keys() - set()))
print(d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "z"}, d.keys() > {"a"})
print(d.keys() == e.keys(), {"a": 1}.keys() == {"a": 2}.keys(), d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.keys() != [1])
print(sorted(d.keys() & ["b", "c", "z"]), sorted(["b", "z"] & d.keys() if False else d.keys() & ["b", "z"]))
print(sorted(d.keys() | ["x"]), sorted(d.keys() ^ ("a", "q")), d.keys().isdisjoint(["z"]), d.items().isdisjoint({("a", 1)}))
try:
    d.values() - set()
except TypeError as e:
    print(e)
try:
    {"k": []}.items() & {("k", 1)}
except TypeError as e:
    print(e)
