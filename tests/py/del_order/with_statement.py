class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __enter__(self):
        print("enter", self.name)
        return D(self.name + " target")

    def __exit__(self, *exc):
        print("exit", self.name)
        return False

with D("manager") as t:
    print("body", t.name)
print("after with")
del t
print("after del target")
with D("m1"), D("m2"):
    print("body2")
print("after with2")
