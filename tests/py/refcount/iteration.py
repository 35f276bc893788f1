import sys

class C:
    pass

x = C()
y = C()
d = {"a": x, "b": y}
kd = {x: 1, y: 2}
for k in kd:
    pass
print("dict key loop", sys.getrefcount(k))
for k, v in d.items():
    print("items loop value", v is x, sys.getrefcount(v))
print("after items loop", sys.getrefcount(y))
del k, v
pairs = [(x, y)]
for a, b in pairs:
    print("unpacked pair", sys.getrefcount(a), sys.getrefcount(b))
del a, b
for o in (x,):
    print("tuple literal loop", sys.getrefcount(o))
del o
for o in [x, y][::-1]:
    print("reversed slice loop", sys.getrefcount(o))
del o

class It:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]

for o in It([x]):
    print("custom iterator element", sys.getrefcount(o))
del o
