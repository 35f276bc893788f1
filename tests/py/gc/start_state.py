# The collector's state when __main__ starts (calibrated: CPython's start-up allocates
# and collects its own objects first; see collectorAtStartOfMain).
import gc
print(gc.get_count())
print(gc.get_stats())
print(gc.get_threshold())
