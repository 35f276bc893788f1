"""A dict iterator takes the dict's size when it is made (dictiter_new's di_used): a size change before its first next() is an error too."""
d = {1: 2, 3: 4}
for mk in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: iter(d.keys())):
    it = mk()
    d[99] = 0
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
    del d[99]
    print(list(it) if False else "ok")
it = iter(d)
d[5] = 6; del d[5]
print(next(it), list(it))
it = iter(d)
print(next(it))
d[7] = 8
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again RuntimeError:", e)
except StopIteration:
    print("StopIteration")
# Once reported, the change stays reported, even when the size comes back.
it = iter(d)
d[9] = 9
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    d.pop(9, None)
print(len(d), it.__length_hint__())
