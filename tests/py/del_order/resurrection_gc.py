import gc

saved = []

class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)

a = R("a")
b = R("b")
a.peer = b
b.peer = a
del a, b
print("collect 1", gc.collect() >= 0)
print("saved", [r.name for r in saved])
saved.clear()
print("collect 2", gc.collect() >= 0)
print("end")
