class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Holder:
    pass

h = Holder()
h.first = D("first")
h.second = D("second")
h.third = D("third")
del h
print("after del holder")
h = Holder()
h.a = D("a")
h.b = D("b")
del h.a
print("after del attr")
h.b = D("b2")
print("after rebinding attr")
del h
print("after del holder")
