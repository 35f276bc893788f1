# tracemalloc's module-level API and its error messages.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback([]))
print(tracemalloc.get_tracemalloc_memory() >= 0)

for call in [
    lambda: tracemalloc.take_snapshot(),
    lambda: tracemalloc.start(0),
    lambda: tracemalloc.start(65536),
    lambda: tracemalloc.start(-1),
    lambda: tracemalloc.start("x"),
    lambda: tracemalloc.start(1, 2),
    lambda: tracemalloc.start(nframe=3),
    lambda: tracemalloc.get_traced_memory(1),
    lambda: tracemalloc.Snapshot([], 1).statistics("foo"),
    lambda: tracemalloc.Snapshot([], 1).statistics("traceback", True),
    lambda: tracemalloc.Snapshot([], 1).compare_to(tracemalloc.Snapshot([], 1), "nope"),
    lambda: tracemalloc.Snapshot([], 1).filter_traces(3),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

tracemalloc.start(7)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
current, peak = tracemalloc.get_traced_memory()
print(current >= 0, peak >= current)
snapshot = tracemalloc.take_snapshot()
print(type(snapshot).__name__, snapshot.traceback_limit)
tracemalloc.start(2)  # already tracing: only the limit changes
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.stop()  # stopping twice is fine
tracemalloc.clear_traces()
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory())
