import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
del a, b
print("collect", gc.collect() >= 2)
c = Node("self")
c.peer = c
del c
print("collect2", gc.collect() >= 1)
print("done")
