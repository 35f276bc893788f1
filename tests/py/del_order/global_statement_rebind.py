class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

g = D("g1")

def rebind():
    global g
    g = D("g2")
    print("rebound inside")

rebind()
print("after rebind")
del g
print("end")
