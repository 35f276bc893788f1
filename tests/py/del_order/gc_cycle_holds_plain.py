class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import gc

class Node:
    pass

n1 = Node()
n2 = Node()
n1.peer = n2
n2.peer = n1
n1.payload = D("payload1")
n2.payload = D("payload2")
del n1, n2
print("collecting")
gc.collect()
print("done")
