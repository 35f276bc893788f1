class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

class K:
    attr = D("class attribute")

del K
print("class deleted")
gc.collect()
print("after collect")
