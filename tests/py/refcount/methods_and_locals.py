import sys

class Box:
    def __init__(self, value):
        self.value = value
        print("in __init__, self:", sys.getrefcount(self), "value:", sys.getrefcount(value))

    def method(self):
        return sys.getrefcount(self)

    def bound(self):
        m = self.method
        return sys.getrefcount(self), sys.getrefcount(m)

item = [1, 2]
b = Box(item)
print("after init, item:", sys.getrefcount(item))
print("method call:", b.method())
m = b.method
print("bound method held:", sys.getrefcount(b), m())
del m
print("bound", b.bound())

def locals_demo():
    a = []
    b = a
    c = [a]
    return sys.getrefcount(a)

print("locals:", locals_demo())

def closure_demo():
    v = []
    def inner():
        return v
    print("cell-held:", sys.getrefcount(v))
    return inner

fn = closure_demo()
print("through closure:", sys.getrefcount(fn()))
for i in range(3):
    pass
z = object()
for w in [z]:
    pass
print("loop variable keeps last:", sys.getrefcount(z))
