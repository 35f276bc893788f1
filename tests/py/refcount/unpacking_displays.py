import sys

class C:
    pass

x = C()
a = [x]
b = [x, x]
m = [*a, *b]
print("list unpack display", sys.getrefcount(x))
del m
t = (*a, *b)
print("tuple unpack display", sys.getrefcount(x))
del t
da = {"p": x}
db = {"q": x}
md = {**da, **db}
print("dict merge display", sys.getrefcount(x))
del md
kw = dict(k=x)
print("dict(k=x)", sys.getrefcount(x))
del kw
da.update(r=x)
print("update with keyword", sys.getrefcount(x))
a.extend(a)
print("extend with itself", sys.getrefcount(x), len(a))
a[:] = a
print("slice assign itself", sys.getrefcount(x), len(a))
a.insert(-100, x)
print("insert far left", sys.getrefcount(x))
a[5:2] = [x]
print("empty slice assignment inserts", sys.getrefcount(x), len(a))
a *= 2
print("in-place repeat", sys.getrefcount(x), len(a))
a *= 0
print("in-place repeat 0", sys.getrefcount(x), len(a))
