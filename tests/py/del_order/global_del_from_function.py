class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

x = D("x")
def f():
    global x
    del x
    print("deleted global from function")
f()
d = {"k": D("dk")}
def g(dd):
    dd.pop("k")
    print("popped in g")
g(d)
print("end")
