class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class K:
    attr = D("class attr")

print("class created")
K.attr = D("class attr 2")
print("after rebinding class attr")
k = K()
k.attr = D("instance shadow")
print("instance shadows")
del k.attr
print("after del instance attr")
del K.attr
print("after del class attr")
