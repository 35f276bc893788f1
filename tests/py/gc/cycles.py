import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)

def make_cycle():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a

make_cycle()
print("cycle made")
print("collected", gc.collect())

def self_ref():
    l = []
    l.append(l)
    d = {}
    d["self"] = d

self_ref()
print("collected", gc.collect())

class Plain:
    pass

def plain_cycle():
    a = Plain()
    b = Plain()
    a.b = b
    b.a = a

plain_cycle()
print("collected", gc.collect())
print(gc.get_threshold(), gc.isenabled())
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(1), gc.is_tracked(Plain()))
t = (1, 2)
print("tuple tracked before", gc.is_tracked(t))
gc.collect()
print("tuple tracked after", gc.is_tracked(t))
saved = []
class R:
    def __del__(self):
        print("resurrect")
        saved.append(self)
def resurrecting():
    r = R()
    r.me = r
resurrecting()
print("collected", gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("collected", gc.collect())
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info["generation"], info["collected"])))
make_cycle()
gc.collect(1)
print(log)
gc.callbacks.clear()
print(gc.get_stats()[1]["collections"] >= 1)
