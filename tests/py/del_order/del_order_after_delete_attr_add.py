class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Holder:
    pass

h = Holder()
h.a = D("a")
h.b = D("b")
h.c = D("c")
h.b = D("b2")
print("after rebinding b")
del h
print("end")
