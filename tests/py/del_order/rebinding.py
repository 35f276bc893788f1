class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

x = D("first")
x = D("second")
print("after rebinding")
x = None
print("after rebinding to None")
y = D("y1")
y = y.name + "!"
print("rebound to a derived value", y)
