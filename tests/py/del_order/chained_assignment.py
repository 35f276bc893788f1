class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a = b = c = D("shared")
del a
print("del a")
del b
print("del b")
c = None
print("c rebound")
