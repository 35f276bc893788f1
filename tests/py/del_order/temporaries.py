class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

D("discarded")
print("after expression statement")
print(D("in call").name)
print("after print")
print(D("one").name, D("two").name)
print("after two temporaries")
n = len([D("in list"), D("in list 2")])
print("after len", n)

def make(name):
    return D(name)

make("returned and dropped")
print("after call")
s = make("attr").name
print("after attr of returned", s)
