class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a = D("global a")
b = D("global b")
c = D("global c")
print("end of module")
