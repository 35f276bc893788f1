class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

s = D("self")
s.me = s
t = D("other")
t.me = t
del s
del t
print("collecting")
gc.collect()
print("done")
