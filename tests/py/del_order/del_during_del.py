log = []

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        if hasattr(self, "victim"):
            print("dropping victim")
            self.victim = None
            print("victim dropped")

a = D("a")
a.victim = D("victim")
del a
print("end")
