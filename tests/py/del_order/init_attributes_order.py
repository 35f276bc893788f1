class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Node:
    def __init__(self):
        self.z = D("z")
        self.y = D("y")
        self.x = D("x")

n = Node()
del n
print("after del node")
