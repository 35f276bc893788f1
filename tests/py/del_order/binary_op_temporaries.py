class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        print("add", self.name, other.name)
        return D(self.name + "+" + other.name)

r = D("a") + D("b")
print("after add")
del r
x = D("x") + D("y") + D("z")
print("after chained add")
del x
print("end")
