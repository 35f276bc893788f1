class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

x = D("shared")
a = [x]
b = {"k": x}
del x
print("name gone")
a.clear()
print("list cleared")
b.clear()
print("dict cleared")
