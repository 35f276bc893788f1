class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f(p, q):
    local = D("local")
    print("returning")

f(D("arg p"), D("arg q"))
print("after f")

def g(p, q):
    p = D("new p")
    print("rebound p")

g(D("old p"), D("q"))
print("after g")
