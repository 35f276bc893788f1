import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a"); b = D("b")
a.p = b; b.p = a
del a, b
print("collected", gc.collect())
class N:
    pass
x = N(); y = N()
x.p = y; y.p = x
del x, y
print("collected plain pair", gc.collect())
l = []; l.append(l)
del l
print("collected self list", gc.collect())
d = {}; d["d"] = d
del d
print("collected self dict", gc.collect())
x = N(); x.__dict__; x.me = x
del x
print("collected with dict materialized", gc.collect())
