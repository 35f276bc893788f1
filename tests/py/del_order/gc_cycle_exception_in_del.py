import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, flush=True)
        if self.name == "a":
            raise KeyError(self.name)

a = D("a")
b = D("b")
a.p = b
b.p = a
del a, b
gc.collect()
print("done", flush=True)
