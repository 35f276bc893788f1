class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        return D(self.name + other)

x = D("x")
x += "1"
print("after +=", x.name)
x += "2"
print("after second +=", x.name)
