class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class M(D):
    def method(self):
        return self.name

obj = M("obj")
m = obj.method
del obj
print("obj name deleted, bound method alive", m())
del m
print("after del bound method")
print(M("temp").method())
print("after temporary method call")
