class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

d = {"a": D("va"), "b": D("vb"), "c": D("vc")}
del d
print("after del dict")
d = {D("k0"): D("v0"), D("k1"): D("v1")}
del d
print("after del dict with keys")
d = {"x": D("x"), "y": D("y")}
d.clear()
print("after clear")
