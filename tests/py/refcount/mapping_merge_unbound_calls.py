"""What a mapping's methods see while dict() / dict.update() / {**m} / print() call them: keys() and __getitem__ are called unbound (PyObject_CallMethod*, PyObject_GetItem), so no bound method holds the object; dict.update's positional argument sits in its METH_VARARGS tuple."""
import sys
class M:
    def keys(self):
        print("keys", sys.getrefcount(self))
        return ["a", "b"]
    def __getitem__(self, k):
        print("getitem", k, sys.getrefcount(self))
        return k * 2
m = M()
print(dict(m))
d = {}
d.update(m)
print(d, {**m})
class W:
    def __init__(self): self.out = []
    def write(self, s):
        self.out.append((s, sys.getrefcount(self)))
    def flush(self):
        self.out.append(("flush", sys.getrefcount(self)))
w = W()
print("x", file=w, flush=True)
print(w.out)
class Shadow:
    def keys(self): return ["k"]
    def __getitem__(self, k): return 1
s = Shadow()
s.keys = lambda: ["z"]
print(dict(s))
import gc
d = {}
gc.collect(); gc.disable()
c0 = gc.get_count()[0]
d.update({1: 2})
c1 = gc.get_count()[0]
d.update(a=1)
c2 = gc.get_count()[0]
d.update()
c3 = gc.get_count()[0]
d.update([(5, 6)], z=2)
c4 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3)
gc.enable()
class N(dict):
    def __iter__(self): return iter(["q"])
    def keys(self):
        print("N.keys", sys.getrefcount(self))
        return ["q"]
    def __getitem__(self, k):
        print("N.getitem", sys.getrefcount(self))
        return 7
n = N(q=1)
print(dict(n), {**n})
e = {}
e.update(n)
print(e)
