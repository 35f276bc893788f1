# Floats: freed floats wait on CPython's free list (up to 100) and are reused untraced,
# so a loop that makes and drops floats traces almost nothing.
import sys
import tracemalloc


def kept_floats(n):
    keep = [None] * n
    for i in range(n):
        keep[i] = i + 0.5  # line 10
    return keep


def churn(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5  # line 17
    return total


tracemalloc.start()
kept = kept_floats(300)
total = churn(1000)
sys.stdout.flush()
snapshot = tracemalloc.take_snapshot()
for lineno in (10, 17):
    stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno)]).statistics("lineno")
    print(lineno, [(stat.size, stat.count) for stat in stats])
print(total, kept[-1])
tracemalloc.stop()
