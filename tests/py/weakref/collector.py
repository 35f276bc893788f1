# Weakrefs and the cycle collector (memory model §5.5)
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


class Fin(Node):
    def __del__(self):
        print("__del__", self.name, "ref sees:", watcher())


def cb(r):
    print("callback, ref dead:", r() is None)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = weakref.ref(a, cb)
rb = weakref.ref(b)
del a, b
print("before collect:", ra() is not None, rb() is not None)
print("collected:", gc.collect())
print("after:", ra(), rb())

# weakrefs are cleared before any finalizer runs
f = Fin("f")
f.me = f
watcher = weakref.ref(f)
del f
print("collected:", gc.collect())

# a weakref inside the trash never calls its callback
c = Node("c")
c.me = c
c.ref = weakref.ref(c, cb)
del c
print("collected:", gc.collect())

# a callback that resurrects nothing but frees its own ref counts towards the result
holder = {}
d = Node("d")
d.me = d
holder["r"] = weakref.ref(d, lambda r: holder.clear())
del d
print("collected:", gc.collect(), holder)

# proxies to trash raise once cleared
e = Node("e")
e.me = e
p = weakref.proxy(e)
del e
gc.collect()
try:
    p.name
except ReferenceError as err:
    print("ReferenceError:", err)
print(gc.is_tracked(weakref.ref(Node)), gc.is_tracked(p))
