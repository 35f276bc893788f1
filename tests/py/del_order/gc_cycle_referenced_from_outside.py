class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc
a = D("a")
b = D("b")
c = D("c")
a.p = b
b.p = a
c.ref = a
del a, b
gc.collect()
print("cycle still referenced from c")
del c
print("c gone")
gc.collect()
print("end")
