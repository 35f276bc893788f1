class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    x = D("x")
    y = D("y")
    del x
    print("deleted x in f")
    return y

r = f()
print("returned", r.name)
r = f()
print("second call")

