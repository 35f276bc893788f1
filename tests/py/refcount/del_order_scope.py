class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def f():
    a = D("a")
    b = D("b")
    c = D("c")
    print("return")
f()
def g():
    x = [D("list0"), D("list1")]
    y = (D("tup0"), D("tup1"))
    z = {"k1": D("dict1"), "k2": D("dict2")}
g()
print("module")
m1 = D("m1")
m2 = D("m2")
del m2
print("end")
