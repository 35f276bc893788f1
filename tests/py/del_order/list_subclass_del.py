class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class L(list):
    def __del__(self):
        print("del list subclass, len", len(self))

lst = L()
lst.append(D("i0"))
lst.append(D("i1"))
del lst
print("end")
