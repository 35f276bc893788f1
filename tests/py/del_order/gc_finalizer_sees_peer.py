import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "peer", self.peer.name)

a = D("a")
b = D("b")
a.peer = b
b.peer = a
del a, b
gc.collect()
print("done")
