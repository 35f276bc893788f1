class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    local = D("local of failing frame")
    raise RuntimeError("uncaught")

g = D("global")
f()
