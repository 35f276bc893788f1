class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a = D("a")
print("before del")
del a
print("after del")
b = D("b")
c = D("c")
del b, c
print("after del b, c")
