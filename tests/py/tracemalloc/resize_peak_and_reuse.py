"""Peaks around resizes: dictresize and set_table_resize allocate the new table before
freeing the old one (the peak sees both), list_resize reallocates (it does not)."""
import tracemalloc


def dict_fill(n):
    tracemalloc.start()
    d = {}
    for i in range(n):
        d[i] = None
    c1, p1 = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return c1, p1


def set_fill(n):
    tracemalloc.start()
    s = set()
    for i in range(n):
        s.add(i)
    c1, p1 = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return c1, p1


def list_fill(n):
    tracemalloc.start()
    s = []
    for i in range(n):
        s.append(i)
    c1, p1 = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return c1, p1


print([dict_fill(n) for n in (0, 1, 5, 6, 11, 20, 22, 43, 100)])
print([set_fill(n) for n in (5, 20, 100)])
print([list_fill(n) for n in (5, 20, 100)])
