"""reversed() of a dict goes through dict.__reversed__: keys from the last, live, and a
size change while iterating is an error."""
import gc
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
d = {'a': 1, 'b': 2}
r = reversed(d)
print(sys.getsizeof(r), list(r), sys.getrefcount(d), gc.get_referents(r))
r = reversed(d)
next(r)
d['c'] = 3
for i in range(2):
    try:
        next(r)
    except RuntimeError as e:
        print(e)
