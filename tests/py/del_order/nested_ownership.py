class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Owner(D):
    def __init__(self, name, child):
        self.name = name
        self.child = child

a = Owner("a", Owner("b", D("c")))
del a
print("after del chain")
lst = [Owner("p", D("pc")), D("q")]
del lst
print("after del list of owners")
