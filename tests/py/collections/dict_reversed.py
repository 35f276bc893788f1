"""reversed() of a dict goes through dict.__reversed__: keys from the last, live, and a
size change while iterating is an error."""
import sys

d = {"a": 1, "b": 2, "c": 3}
it = reversed(d)
print(type(it).__name__, list(it), list(it))
print(list(d.__reversed__()))
del d["b"]
d["d"] = 4
print(list(reversed(d)))
it = reversed(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list(reversed({})))
k = "key"
before = sys.getrefcount(k)
e = {k: 1}
it = reversed(e)
print(sys.getrefcount(k) - before)
print(next(it) is k)
