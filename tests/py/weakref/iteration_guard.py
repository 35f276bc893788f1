# Iterating weak containers: removals wait until the iteration ends (_IterationGuard)
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O(%d)" % self.n


objs = [O(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
it = d.items()
print(type(it).__name__)
first = next(it)
print("first:", first)
del first
objs.pop(3)
print("while iterating:", len(d.data), len(d._pending_removals))
rest = list(it)
print("rest:", rest)
print("after iteration:", len(d), len(d._pending_removals), sorted(d.keys()))
del rest, it

wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
keys = iter(wk)
print(next(keys))
objs.pop(0)
print("wk while iterating:", len(wk.data), len(wk._pending_removals))
print(sorted(x.n for x in keys))
print("wk len after:", len(wk))
del keys

del o
ws = weakref.WeakSet(objs)
count = 0
for item in ws:
    count += 1
    if count == 1:
        objs.clear()
        del item
        print("ws during:", len(ws.data), len(ws._pending_removals))
print("ws len after:", len(ws), count)
print(sorted(weakref.WeakValueDictionary({1: O(1)}).keys()))
gc.collect()
keep = O(9)
d[9] = keep
vr = list(d.itervaluerefs())
print(len(vr), type(vr[0]).__name__)
