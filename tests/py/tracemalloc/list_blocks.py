# A list is its object block (often reused from the free list) plus its items array:
# [0] * 10000 allocates one new 80000-byte block at the line that builds it.
import sys
import tracemalloc


def build(n):
    return [0] * n  # line 8


def stats_for(snapshot, lineno):
    return snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno)]).statistics("lineno")


tracemalloc.start()
kept = []
for n in (10000, 10, 0):
    kept.append(build(n))
snapshot = tracemalloc.take_snapshot()
for stat in stats_for(snapshot, 8):
    print(stat)
    print(repr(stat))
print(sys.getsizeof(kept[0]))

# get_traced_memory deltas around one allocation (an int result is 28 bytes).
def delta():
    before = tracemalloc.get_traced_memory()[0]
    x = [0] * 5000
    after = tracemalloc.get_traced_memory()[0]
    return after - before


print(delta())

# The peak remembers a block freed since.
def peak_of_temporary():
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    tmp = [None] * 20000
    del tmp
    current, peak = tracemalloc.get_traced_memory()
    return current - base, peak - base


print(peak_of_temporary())
tracemalloc.stop()
