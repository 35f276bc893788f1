class D:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name, "child", self.child.name if self.child else None)

p = D("parent", D("child", D("grandchild")))
del p
print("after del")
