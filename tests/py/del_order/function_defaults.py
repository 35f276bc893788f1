class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f(x=D("default")):
    return x.name

print(f())
del f
print("after del f")
lam = lambda y=D("lambda default"): y
print("lambda made")
lam = None
print("after dropping lambda")
