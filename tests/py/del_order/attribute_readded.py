class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Holder:
    pass

# Instances share their class's key table (3.11 inline values): an attribute deleted
# and set again keeps its original slot, so it is still released first.
h = Holder()
h.a = D("a")
h.b = D("b")
del h.a
h.a = D("a again")
print(list(vars(h)))
del h
print("after del holder")
