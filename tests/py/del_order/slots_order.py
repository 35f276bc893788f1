class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class S:
    __slots__ = ("z", "a", "m")

s = S()
s.a = D("a")
s.m = D("m")
s.z = D("z")
del s
print("after del slots object")
