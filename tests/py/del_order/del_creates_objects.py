class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        if not self.name.startswith("tmp"):
            D("tmp from " + self.name)
            print("back in", self.name)

a = D("a")
del a
print("end")
