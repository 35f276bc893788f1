# Snapshot.dump and Snapshot.load round-trip the traces and the traceback limit.
import tracemalloc

PATH = "/tmp/pygc-tracemalloc-dump-test.snapshot"

tracemalloc.start(2)
data = [[i] * 50 for i in range(5)]
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
snapshot.dump(PATH)
loaded = tracemalloc.Snapshot.load(PATH)
print(type(loaded).__name__, loaded.traceback_limit == snapshot.traceback_limit)
print(len(loaded.traces) == len(snapshot.traces))
print(loaded.statistics("traceback") == snapshot.statistics("traceback"))
print(sorted(t.size for t in loaded.traces) == sorted(t.size for t in snapshot.traces))
print(loaded.compare_to(snapshot, "lineno")[0].size_diff)
tracemalloc.stop()
