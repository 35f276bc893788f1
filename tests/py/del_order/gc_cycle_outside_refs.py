class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

class Node:
    pass

a = Node()
b = Node()
a.p = b
b.p = a
a.plain1 = D("held by a")
b.plain2 = D("held by b")
keep = D("also held outside")
a.shared = keep
del a, b
gc.collect()
print("collected, keep alive:", keep.name)
