class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

lst = [D("e0"), D("e1"), D("e2"), D("e3"), D("e4")]
del lst[::2]
print("after del lst[::2]")
lst[::1] = [D("n0"), D("n1")]
print("after lst[::1] = ...")
lst[::-1] = [D("r0"), D("r1")]
print("after lst[::-1] = ...")
lst.insert(0, D("ins"))
lst[1:1] = [D("mid")]
print("after inserts", [o.name for o in lst])
del lst
print("end")
