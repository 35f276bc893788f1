class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "nope", "dflt"), hasattr(d, "xa"))
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 5
print(g.a, g.__dict__)
del g.a
print(g.__dict__)
try:
    del g.a
except AttributeError as e:
    print(e)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError(f"frozen: {n}")
try:
    Frozen().q = 1
except AttributeError as e:
    print(e)
setattr(d, "made", 7)
print(d.made, getattr(d, "made"))
delattr(d, "made")
print(getattr(d, "made", None))
