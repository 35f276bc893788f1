class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc
gc.disable()
a = D("a")
b = D("b")
a.p = b
b.p = a
del a, b
print("gc disabled, cycle leaked until collect")
gc.collect()
print("end")
