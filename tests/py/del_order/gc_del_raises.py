import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise ValueError(self.name)

a = D("a")
a.me = a
del a
print("before collect")
gc.collect()
print("after collect")
