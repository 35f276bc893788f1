class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

a1 = D("a1")
b1 = D("b1")
a2 = D("a2")
b2 = D("b2")
a1.p = b1
b1.p = a1
a2.p = b2
b2.p = a2
del a2, b2
del a1, b1
print("collecting")
gc.collect()
print("done")
