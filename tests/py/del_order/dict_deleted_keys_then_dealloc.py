class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

d = {}
d["a"] = D("a")
d["b"] = D("b")
d["c"] = D("c")
del d["a"]
d["a"] = D("a2")
print("order now", list(d))
del d
print("end")
