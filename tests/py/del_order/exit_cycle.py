class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a = D("cyc a")
b = D("cyc b")
a.peer = b
b.peer = a
del a, b
plain = D("plain")
print("end of module")
