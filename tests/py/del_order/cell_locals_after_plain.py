class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    a = D("a (captured by inner)")
    b = D("b (plain local)")
    def inner():
        return a
    print("returning")

f()
print("after f")
