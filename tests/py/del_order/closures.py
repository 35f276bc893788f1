class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def make():
    captured = D("captured")
    def inner():
        return captured.name
    return inner

f = make()
print("closure made", f())
del f
print("after del closure")

def make2():
    a = D("cell a")
    b = D("plain b")
    def inner():
        return a
    return inner

g = make2()
print("after make2")
g = None
print("after dropping g")
