class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def boom():
    local = D("boom local")
    raise KeyError("k")

def catcher():
    c = D("catcher local")
    try:
        boom()
    except KeyError:
        print("caught in catcher")
    print("catcher continues")

catcher()
print("after catcher")
