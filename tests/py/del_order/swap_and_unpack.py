class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a, b = D("a"), D("b")
a, b = b, a
print("swapped", a.name, b.name)
a, b = D("c"), D("d")
print("after reassigning both")
first, *rest = [D("f"), D("r1"), D("r2")]
print("unpacked")
rest = None
print("rest dropped")
del first, a, b
print("end")
