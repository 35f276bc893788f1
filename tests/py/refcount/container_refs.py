import sys
x = object()
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
t = (x,)
d = {"k": x, x: 1}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
del l
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
t = None
s.discard(x)
print(sys.getrefcount(x))
