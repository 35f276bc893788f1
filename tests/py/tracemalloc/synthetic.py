# Snapshot, Filter, DomainFilter and the statistics on hand-made traces: fully
# deterministic, and the formatting of sizes in every unit.
import tracemalloc

traces = [
    (0, 10, (("a.py", 2), ("b.py", 4)), 2),
    (0, 10, (("a.py", 2), ("b.py", 4)), 2),
    (0, 100, (("a.py", 5), ("b.py", 1)), 2),
    (1, 2048, (("b.py", 1),), 1),
    (0, 5 * 1024 * 1024, (("c.pyc", 7),), 1),
    (2, 3 * 1024 ** 4, (("d/e.py", 9),), 1),
]
snap = tracemalloc.Snapshot(traces, 2)
print(len(snap.traces), repr(snap.traces))
t = snap.traces[0]
print(t, repr(t), t.domain, t.size, t.traceback, t == snap.traces[1], t in snap.traces)
for key in ("lineno", "filename", "traceback"):
    print("--", key)
    for stat in snap.statistics(key):
        print(stat)
for key in ("lineno", "filename"):
    print("-- cumulative", key)
    for stat in snap.statistics(key, cumulative=True):
        print(repr(stat))

filters = [
    [tracemalloc.Filter(True, "a.py")],
    [tracemalloc.Filter(False, "a.py")],
    [tracemalloc.Filter(True, "b.py", all_frames=True)],
    [tracemalloc.Filter(False, "b.py", all_frames=True)],
    [tracemalloc.Filter(True, "*.py", lineno=2)],
    [tracemalloc.Filter(True, "c.pyc")],
    [tracemalloc.Filter(True, "?.py")],
    [tracemalloc.Filter(True, "[ab].py")],
    [tracemalloc.Filter(True, "[!ab].py")],
    [tracemalloc.Filter(True, "d/*")],
    [tracemalloc.DomainFilter(True, 1)],
    [tracemalloc.DomainFilter(False, 0)],
    [tracemalloc.Filter(True, "*", domain=0)],
    [tracemalloc.Filter(False, "a.py", domain=0)],
    [tracemalloc.Filter(True, "a.py"), tracemalloc.Filter(True, "b.py")],
    [tracemalloc.Filter(True, "*"), tracemalloc.Filter(False, "b.py")],
    [],
]
for fs in filters:
    sub = snap.filter_traces(fs)
    print(len(sub.traces), sorted(tr.size for tr in sub.traces))
f = tracemalloc.Filter(False, "x.pyc", 3, True, 2)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(True, 5)
print(d.inclusive, d.domain)

old = tracemalloc.Snapshot(traces[:3] + [(0, 77, (("z.py", 1),), 1)], 2)
for stat in snap.compare_to(old, "lineno"):
    print(stat)
for stat in snap.compare_to(old, "filename", cumulative=True):
    print(repr(stat))

for size in (0, 1, 99, 100, 1023, 10239, 10240, 102399, 102400, 1048575, 10 * 1024 ** 2,
             1024 ** 3, 1024 ** 4, 1024 ** 5, -5000, -20000):
    print(tracemalloc.Statistic(tracemalloc.Traceback((("f.py", 1),)), size, 3))
s = tracemalloc.StatisticDiff(tracemalloc.Traceback((("f.py", 1),)), 0, -1500, 0, -2)
print(s, repr(s))
fr = tracemalloc.Frame(("a.py", 3))
print(fr, repr(fr), fr.filename, fr.lineno, fr == tracemalloc.Frame(("a.py", 3)),
      fr < tracemalloc.Frame(("a.py", 4)), fr >= tracemalloc.Frame(("a.py", 4)))
tb = tracemalloc.Traceback((("a.py", 3), ("b.py", 4)), 5)
print(tb, repr(tb), len(tb), tb.total_nframe, list(tb), tb[0], tb[-1])
print(tb.format())
print(tb == tracemalloc.Traceback((("a.py", 3), ("b.py", 4))), tb < tracemalloc.Traceback((("z.py", 1),)))
