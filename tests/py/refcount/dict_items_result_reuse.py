"""dictiter_iternextitem: the items iterator makes its result tuple when it is created,
filled with None, and refills it in place while nothing else holds it; a tuple still
held gets a new one and the iterator keeps its own (so in `[f(p) for p in d.items()]`
every other pair is the reused tuple)."""
import gc, sys
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print([sys.getrefcount(p) for p in d.items()])
for k, v in d.items():
    pass
it = iter(d.items())
gc.collect()
c0 = gc.get_count()[0]
it2 = iter(d.items())
print(gc.get_count()[0] - c0)
x = next(it2)
y = next(it2)
print(x, y, x is y, sys.getrefcount(x), sys.getrefcount(y))
del x
z = next(it2)
print(z, sys.getrefcount(z))
b = sys.getrefcount(None)
it3 = iter(d.items())
print(sys.getrefcount(None) - b)
del it3
print(sys.getrefcount(None) - b)
print(list(d.items()), dict(d.items()) == d, sorted(d.items(), reverse=True)[0])
print(list(reversed(d.items())))
