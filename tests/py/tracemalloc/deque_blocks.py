"""tracemalloc and getsizeof of deques: each 64-item block is a block of its own, traced
where it was allocated; a block emptied by a pop is kept (up to 16) for the next one;
rotate, clear, copy, maxlen trimming and deallocation free and reuse blocks as
_collectionsmodule.c does.
(Each print flushes: text waiting in sys.stdout's buffer is traced by CPython, not by
pygc.)"""
import sys, tracemalloc
from collections import deque

def traced():
    return tracemalloc.get_traced_memory()[0]

tracemalloc.start()
base = traced()
d = deque()
print("new", traced() - base, sys.getsizeof(d), flush=True)
for i in range(300):
    d.append(i)
print("append 300", traced() - base, sys.getsizeof(d), flush=True)
for i in range(200):
    d.appendleft(-i)
print("appendleft 200", traced() - base, sys.getsizeof(d), flush=True)
for k in (1, 7, 63, 64, 65, 130, -1, -64, -65, -200, 250, -250):
    d.rotate(k)
    print("rotate", k, traced() - base, sys.getsizeof(d), flush=True)
for i in range(450):
    d.popleft()
print("popleft 450", traced() - base, sys.getsizeof(d), len(d), flush=True)
for i in range(40):
    d.pop()
print("pop 40", traced() - base, sys.getsizeof(d), len(d), flush=True)
d.extend(range(1000))
print("extend 1000", traced() - base, sys.getsizeof(d), flush=True)
d.clear()
print("clear", traced() - base, sys.getsizeof(d), flush=True)
d.extendleft(range(500))
print("extendleft 500", traced() - base, sys.getsizeof(d), flush=True)
del d[250]
d.insert(100, "x")
d.remove("x")
d.reverse()
print("del/insert/remove/reverse", traced() - base, sys.getsizeof(d), flush=True)
e = d.copy()
print("copy", traced() - base, sys.getsizeof(e), flush=True)
e *= 3
print("imul 3", traced() - base, sys.getsizeof(e), flush=True)
e *= 0
print("imul 0", traced() - base, sys.getsizeof(e), flush=True)
m = deque(range(100), maxlen=70)
for i in range(500):
    m.append(i)
    m.appendleft(i)
print("maxlen", traced() - base, sys.getsizeof(m), len(m), flush=True)
del e
print("del e", traced() - base, flush=True)
del d
print("del d", traced() - base, flush=True)
del m
print("del m", traced() - base, flush=True)

# Where the blocks are traced: statistics by line, with counts.
tracemalloc.clear_traces()
q = deque()                                  # line A
for i in range(130):
    q.append(i)                              # line B
for i in range(70):
    q.popleft()
for i in range(100):
    q.append(i)                              # line C
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print("line", stat.traceback[0].lineno, stat.size, stat.count, flush=True)

print("iterators", sys.getsizeof(iter(q)), sys.getsizeof(reversed(q)), flush=True)
tracemalloc.stop()
