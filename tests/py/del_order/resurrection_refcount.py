import sys
keep = []

class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys.getrefcount(self))
        keep.append(self)

r = R("r")
r = None
print("resurrected, refcount", sys.getrefcount(keep[0]))
print("end")
