# reset_peak, clear_traces and stop: what get_traced_memory reports around them.
# Nothing is printed until the end: CPython's pending stdout text is traced memory too.
import tracemalloc


def churn():
    big = [None] * 100000  # 800000 bytes, freed on return
    return len(big)


def measure():
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    churn()
    current, peak = tracemalloc.get_traced_memory()
    churn_peak = peak - base >= 800000
    churn_back = current - base < 1000
    tracemalloc.reset_peak()
    current, peak = tracemalloc.get_traced_memory()
    reset = peak - current < 100
    kept = [0] * 1000
    current2, _ = tracemalloc.get_traced_memory()
    tracemalloc.clear_traces()
    cleared = tracemalloc.get_traced_memory()
    kept_tb = tracemalloc.get_object_traceback(kept)
    again = [1] * 500
    current3, peak3 = tracemalloc.get_traced_memory()
    again_tb = tracemalloc.get_object_traceback(again)
    del kept
    after_del = tracemalloc.get_traced_memory()[0] - current3
    tracemalloc.stop()
    stopped = tracemalloc.get_traced_memory()
    print("peak above base:", churn_peak, "current back:", churn_back)
    print("after reset_peak:", reset)
    print("kept:", current2 - current)
    print("after clear_traces:", cleared, kept_tb)
    print("new traces only:", current3, peak3 >= current3, again_tb)
    # Freeing the untraced list changes nothing; the ints current3 and peak3 are new (2 x 32 B).
    print("after del kept:", after_del)
    print(stopped, tracemalloc.get_object_traceback(again), tracemalloc.is_tracing())


measure()
