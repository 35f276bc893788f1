class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

# a is referenced only by b; during a collection a is first moved to the unreachable
# list, then moved back behind b when b turns out reachable, so the survivors'
# order becomes b, a.
a = D("a")
b = D("b")
b.ref = a
del a
gc.collect()
a = b.ref
a.ref = b
del a, b
print("cycle dropped")
gc.collect()
print("done")
