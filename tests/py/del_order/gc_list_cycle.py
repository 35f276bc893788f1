class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

lst = [D("l0"), D("l1")]
lst.append(lst)
del lst
print("collecting")
gc.collect()
print("done")
