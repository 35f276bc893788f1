class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

x = D("x")
y = D("y")
z = D("z")
x.next = y
y.next = z
z.next = x
del z, x, y
print("collecting")
gc.collect()
print("done")
