class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f(flag):
    if flag:
        z = None
        y = None
    x = D("x")
    y = D("y")
    z = D("z")
    print("returning")

f(False)
print("after f")
