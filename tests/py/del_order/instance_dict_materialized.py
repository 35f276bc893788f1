class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Holder:
    pass

h = Holder()
h.x = D("x")
h.y = D("y")
dd = h.__dict__
dd["z"] = D("z")
del dd
print("names", list(vars(h)))
del h
print("end")
