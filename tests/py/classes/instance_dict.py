class C:
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(c.__dict__, vars(c) is c.__dict__)
c.__dict__["z"] = 26
print(c.z, sorted(c.__dict__))
del c.__dict__["a"]
print(hasattr(c, "a"))
c.__dict__.update(q=1)
print(c.q)
print(C.__dict__["__init__"].__name__, type(c).__name__)
