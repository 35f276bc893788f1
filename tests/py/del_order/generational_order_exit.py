class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

old = D("old (survived a collection)")
gc.collect()
new = D("new")
print("end")
