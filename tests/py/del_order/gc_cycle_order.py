class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

a = D("a")
b = D("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable")
n = gc.collect()
print("collected", n > 0)
