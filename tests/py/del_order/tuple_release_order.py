class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

t = (D("t0"), D("t1"), D("t2"))
del t
print("after del tuple")
nested = (D("outer0"), (D("inner0"), D("inner1")), D("outer2"))
del nested
print("after del nested")
