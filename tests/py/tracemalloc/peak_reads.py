"""get_traced_memory reads the traced size and the peak before it allocates its result, so
the ints it returns are not in the peak it reports."""
import tracemalloc

tracemalloc.start()
tracemalloc.reset_peak()
seen = [None] * 4
seen[0] = tracemalloc.get_traced_memory()
x = 12345
seen[1] = tracemalloc.get_traced_memory()
y = [0] * 1000
seen[2] = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
seen[3] = tracemalloc.get_traced_memory()
tracemalloc.stop()
for s in seen:
    print(s)
