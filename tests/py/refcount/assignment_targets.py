import sys

class C:
    pass

x = C()
h = C()
box = [None]
h.a = box[0] = x
print("chained to attribute and item", sys.getrefcount(x))
h.lst = []
h.lst += [x]
print("augmented attribute list", sys.getrefcount(x), sys.getrefcount(h.lst))
box[0] = []
box[0] += [x, x]
print("augmented item list", sys.getrefcount(x))
a, *mid, b = [x, x, x, x]
print("star in the middle", sys.getrefcount(x), len(mid))
del a, mid, b
(p, q), r = (x, x), x
print("nested unpacking", sys.getrefcount(x))
del p, q, r
s = [x, x, x, x][::2]
print("step slice", sys.getrefcount(x))
del s
d = {}
d["a"] = d["b"] = x
print("chained dict items", sys.getrefcount(x))
del d
t = x, x
print("tuple without parens", sys.getrefcount(x))
del t
for h.loopattr in [x]:
    pass
print("loop target attribute", sys.getrefcount(x))
for box[0] in [x]:
    pass
print("loop target item", sys.getrefcount(x))
