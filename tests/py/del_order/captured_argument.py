class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f(p, q):
    r = D("r local")
    def inner():
        return p
    print("returning")

f(D("p captured arg"), D("q arg"))
print("after f")
