class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    a = D("a")
    r = D("r")
    b = D("b")
    return r

x = f()
print("got", x.name)
del x
print("after del result")

def g():
    return D("direct")

g()
print("after discarded result")
