class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Node(D):
    pass

root = Node("root")
root.children = [Node("c0"), Node("c1")]
root.children[0].children = [Node("g0")]
del root
print("tree dropped")
