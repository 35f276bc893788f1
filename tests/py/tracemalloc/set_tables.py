"""tracemalloc and getsizeof of sets and frozensets: a table past the 8 slots inside the
object is a block of its own, reallocated (and traced again) where the table grows; a
discard keeps it, clear() frees it, set operations build their results' tables.
(Each print flushes: text waiting in sys.stdout's buffer is traced by CPython, not by
pygc.)"""
import sys
import tracemalloc


def traced():
    return tracemalloc.get_traced_memory()[0]


tracemalloc.start()
# (the tuples get_traced_memory returns come from a free list CPython filled at start-up)
traced()
traced()
keep = []
# (the first round's temporaries come from free lists CPython filled at start-up: warm-up)
for label, make in [
    ("warm-up", lambda: None),
    ("empty", lambda: set()),
    ("display 3", lambda: {1, 2, 3}),
    ("display 5", lambda: {1, 2, 3, 4, 5}),
    ("range 10", lambda: set(range(10))),
    ("range 1000", lambda: set(range(1000))),
    ("frozenset 1000", lambda: frozenset(range(1000))),
    ("strs", lambda: set(str(i) for i in range(100))),
    ("comprehension", lambda: {str(i) * 2 for i in range(50)}),
    ("from dict", lambda: set(dict.fromkeys(range(300)))),
]:
    b = traced()
    x = make()
    if label != "warm-up":
        print(label, traced() - b, sys.getsizeof(x), flush=True)
    keep.append(x)

s = set()
b = traced()
for i in range(100):
    s.add(i)
    if i in (4, 5, 18, 19, 76, 77, 99):
        print("add", i, traced() - b, sys.getsizeof(s), flush=True)
for i in range(90):
    s.discard(i)
print("discard 90", traced() - b, sys.getsizeof(s), flush=True)
s.clear()
print("clear", traced() - b, sys.getsizeof(s), flush=True)
s.update(range(40))
print("update 40", traced() - b, sys.getsizeof(s), flush=True)
s -= set(range(35))
print("-= 35", traced() - b, sys.getsizeof(s), flush=True)
s |= set(range(200))
print("|= 200", traced() - b, sys.getsizeof(s), flush=True)
s &= set(range(0, 200, 3))
print("&= thirds", traced() - b, sys.getsizeof(s), flush=True)
s ^= set(range(100, 400))
print("^= ", traced() - b, sys.getsizeof(s), flush=True)
u = s | {1, 2}
i = s & set(range(50))
d = s - set(range(300))
print("results", traced() - b, sys.getsizeof(u), sys.getsizeof(i), sys.getsizeof(d), flush=True)
del u, i, d
s.difference_update(range(350))
print("difference_update", traced() - b, sys.getsizeof(s), flush=True)
c = s.copy()
print("copy", traced() - b, sys.getsizeof(c), flush=True)
del c, s
print("freed", traced() - b, flush=True)
b = traced()
del keep
print("kept sets freed", b - traced(), flush=True)

tracemalloc.clear_traces()
t = set()
for i in range(30):
    t.add(i)
t.update(range(30, 200))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda st: st.traceback[0].lineno):
    print("line", stat.traceback[0].lineno, stat.size, stat.count, flush=True)
tracemalloc.stop()
