class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

d = {"a": D("a"), "b": D("b"), "c": D("c")}
d["a"] = D("a2")
print("after overwrite")
del d["b"]
print("after del item")
d.pop("c")
print("after pop")
v = d.pop("a")
print("popped into name")
del v
print("after del name")
d.update({"n": D("n"), "m": D("m")})
d.update({"n": 1, "m": 2})
print("after update overwrote")
