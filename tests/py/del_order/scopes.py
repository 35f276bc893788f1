class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def function_locals():
    a = D("a")
    b = D("b")
    c = D("c")
    print("returning")

function_locals()
print("after return")

x = D("x")
x = D("x2")
print("after rebinding")
del x
print("after del")

items = [D("l0"), D("l1"), D("l2")]
items.clear()
print("after clear")
items = [D("m0"), D("m1"), D("m2")]
del items
print("after del list")
t = (D("t0"), D("t1"))
del t
print("after del tuple")
d = {"a": D("d0"), "b": D("d1")}
del d
print("after del dict")

class Holder:
    pass

h = Holder()
h.first = D("attr1")
h.second = D("attr2")
del h
print("after del holder")
D("temporary")
print("after temporary")
print(D("in expression").name)
print("end")
