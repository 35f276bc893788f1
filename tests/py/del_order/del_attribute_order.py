class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Owner:
    def __init__(self):
        self.z = D("z")
        self.a = D("a")
        self.m = D("m")
o = Owner()
o.a = None
print("a replaced")
del o
print("owner gone")
class Slots:
    __slots__ = ("q", "b")
    def __init__(self):
        self.q = D("q")
        self.b = D("b")
s = Slots()
del s
print("end")
