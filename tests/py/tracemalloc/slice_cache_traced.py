"""The cached slice stays traced across a full collection (it is not a free list gc empties)."""
import gc
import tracemalloc

tracemalloc.start()
s = "abcdef"
a = tracemalloc.get_traced_memory()[0]
sl = slice(1, 2)
sl2 = slice(2, 3)
b = tracemalloc.get_traced_memory()[0]
del sl2
c = tracemalloc.get_traced_memory()[0]
gc.collect()
d = tracemalloc.get_traced_memory()[0]
x = s[1:4]
e = tracemalloc.get_traced_memory()[0]
del sl
f = tracemalloc.get_traced_memory()[0]
print(b - a, c - b, d - c, e - d, f - e)
