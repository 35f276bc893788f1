# Assigning a list or tuple of the same size to a slice: the new items go in, then the
# replaced ones are released, the last first.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = [D("a0"), D("a1"), D("a2"), D("a3")]
print("list")
a[1:3] = [D("b1"), D("b2")]
print("tuple")
a[0:2] = (D("c0"), D("c1"))
print("reversed copy of itself")
a[:] = a[::-1]
print([d.name for d in a])
print("from itself")
a[0:4] = a
print([d.name for d in a])
print("other size")
a[1:2] = [D("e1"), D("e2")]
print([d.name for d in a])
x = D("shared")
b = [x, x, x]
print(sys.getrefcount(x))
b[0:3] = [x, x, x]
print(sys.getrefcount(x))
b[0:3] = (1, 2, 3)
print(sys.getrefcount(x), b)
del a
print("end")
