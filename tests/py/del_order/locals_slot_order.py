class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    a = D("a")
    b = D("b")
    c = D("c")
    print("returning")

f()
print("after f")

def g():
    c = D("c")
    b = D("b")
    a = D("a")
    print("returning")

g()
print("after g")
