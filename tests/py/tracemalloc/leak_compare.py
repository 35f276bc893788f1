# compare_to between two snapshots shows where a leak grew (filtered to this file).
# stdout is flushed before each snapshot: CPython's pending output is traced too.
import sys
import tracemalloc

leaked = []


def leak(n):
    for i in range(n):
        leaked.append("x" * (1000 + i))  # line 10


def this_file(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, __file__)])


def take():
    sys.stdout.flush()
    return this_file(tracemalloc.take_snapshot())


tracemalloc.start()
s1 = take()
leak(100)
s2 = take()
for stat in s2.compare_to(s1, "lineno"):
    print(stat)
leak(20)
s3 = take()
for stat in s3.compare_to(s2, "lineno"):
    print(stat)
    print(repr(stat))
del leaked[:]
s4 = take()
for stat in s4.compare_to(s3, "filename"):
    print(stat)
for stat in s4.compare_to(s3, "traceback"):
    print(stat.traceback, stat.size_diff, stat.count_diff)
tracemalloc.stop()
