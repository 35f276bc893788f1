class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

lst = [D("l0"), D("l1"), D("l2")]
del lst
print("after del list")
lst = [D("c0"), D("c1"), D("c2")]
lst.clear()
print("after clear")
lst = [D("s0"), D("s1"), D("s2")]
lst[:] = []
print("after slice assign")
