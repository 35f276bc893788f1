# CPython's stdout, block-buffered when it is not a terminal, keeps each str written
# until 8 KiB are waiting or it is flushed (TextIOWrapper's pending_bytes): a str just
# printed has one more reference, the strs print made stay alive (and traced on the
# print's line), and from the second write on a list holds them.
import sys
import tracemalloc

s = "abc" * 10
before = sys.getrefcount(s)
print(s)
print("held while pending:", sys.getrefcount(s) - before)
sys.stdout.flush()
print("after flush():", sys.getrefcount(s) - before)
t = "é" * 5
before = sys.getrefcount(t)
print(t)
print("not ASCII, its bytes wait instead:", sys.getrefcount(t) - before)
sys.stdout.write(s)
sys.stdout.write("\n")
print("written with write():", sys.getrefcount(s) - before - 0 > 0)
sep = "--" * 3
before = sys.getrefcount(sep)
print(1, 2, sep=sep)
print("a sep object is written as itself:", sys.getrefcount(sep) - before)

# 8 KiB: more than that waiting, and the pieces are joined and released.
big = "x" * 5000
before = sys.getrefcount(big)
print(big)
print("big pending:", sys.getrefcount(big) - before)
print("y" * 5000)
print("big after 8 KiB:", sys.getrefcount(big) - before)

tracemalloc.start()
for i in range(50):
    print(f"line {i}")
snap = tracemalloc.take_snapshot()
for st in snap.statistics("lineno")[:3]:
    print(st.traceback[0].lineno, st.size, st.count)
sys.stdout.flush()
snap = tracemalloc.take_snapshot()
print("after flush():", [st.size for st in snap.statistics("lineno") if st.traceback[0].lineno == 36])
