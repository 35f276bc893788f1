"""array.array and memory: arrays and their iterators are GC-tracked (array.array is a
heap type), weakly referenceable, hold no references to their items (values come back
as new objects), refcounts of arrays and of what methods return, the iterator's hold on
its array, and tracemalloc seeing the object block and the items block (re-traced on
growth)."""
import array
import gc
import sys
import tracemalloc
import weakref

a = array.array("i", [1, 2, 3])
print(gc.is_tracked(a), gc.is_tracked(array.array("d")), gc.is_tracked(iter(a)), gc.is_tracked(array.array))
print(gc.get_referents(a) == [array.array], sys.getrefcount(array.array) > 2)
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
it = iter(a)
print(sys.getrefcount(a))
print(list(it), sys.getrefcount(a))
del it
print(sys.getrefcount(a))

# Weak references and the callback when the array dies
r = weakref.ref(a, lambda ref: print("callback, dead:", ref() is None))
print(r() is a, weakref.getweakrefcount(a))
p = weakref.proxy(a)
print(len(p), p[1])
del p
del a
print(r())

# Values returned are new objects, not held by the array
big = 10**15
q = array.array("q", [big])
v = q[0]
print(v == big, v is big, sys.getrefcount(v))
x = q.pop()
print(sys.getrefcount(x))
d = array.array("d", [0.5, 1.5])
f = d[0]
print(sys.getrefcount(f), d.tolist()[1], sys.getrefcount(d))
lst = d.tolist()
print(sys.getrefcount(lst), sys.getrefcount(lst[0]))
s = array.array("u", "xyz").tounicode()
print(s)
bs = array.array("b", [1, 2, 3]).tobytes()
print(sys.getrefcount(bs))

# A cycle through an array's subclass is not possible without subclasses; arrays in
# containers in cycles are collected with them.
class Holder:
    pass

h = Holder()
h.self = h
h.arr = array.array("b", [1])
wr = weakref.ref(h.arr)
del h
print(wr() is not None, gc.collect() > 0, wr())


# tracemalloc: the array object (80 bytes) plus its items block, re-traced where it grows.
def stats(snapshot, lineno):
    return snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno)]).statistics("lineno")


def show(*lines):
    snap = tracemalloc.take_snapshot()
    print(*[[(st.size, st.count) for st in stats(snap, n)] for n in lines])


def work(src):
    kept = array.array("d", src)  # LINE A
    twice = kept * 2  # LINE B
    show(75, 76)
    kept.append(1.0)  # LINE C
    kept.pop()
    twice.frombytes(src)  # LINE D
    show(75, 76, 78, 80)
    del kept, twice
    show(75, 76, 78, 80)
    e = array.array("b")  # LINE E
    e.append(1)  # LINE F
    show(84, 85)
    e.extend(src)  # LINE G
    show(84, 85, 87)
    del e[8:]  # LINE H
    show(84, 85, 87, 89)


src = bytes(8000)
tracemalloc.start()
work(src)
tracemalloc.stop()
