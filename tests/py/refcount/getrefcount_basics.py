import sys

class C:
    pass

x = C()
print("global instance", sys.getrefcount(x))
y = x
print("aliased", sys.getrefcount(x))
lst = [x, x]
print("in a list twice", sys.getrefcount(x))
del lst
print("list dropped", sys.getrefcount(x))
del y
print("alias dropped", sys.getrefcount(x))
print("temporary", sys.getrefcount(C()))

def f(a):
    return sys.getrefcount(a)

print("as an argument", f(x))

def g(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)

print("two arguments", g(x, x))
d = {"k": x}
print("dict value", sys.getrefcount(x))
d["j"] = x
print("two dict values", sys.getrefcount(x))
d.clear()
print("dict cleared", sys.getrefcount(x))
t = (x, 1)
print("tuple", sys.getrefcount(x))
del t
x.attr = x
print("self attribute", sys.getrefcount(x))
del x.attr
print("attribute deleted", sys.getrefcount(x))
