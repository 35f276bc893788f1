import sys
class Holder:
    pass
o = object()
h = Holder()
h.a = o
h.b = o
print(sys.getrefcount(o))
del h.a
print(sys.getrefcount(o))
h2 = Holder()
h2.x = o
del h2
print(sys.getrefcount(o))
Holder.cls_attr = o
print(sys.getrefcount(o))
del Holder.cls_attr
print(sys.getrefcount(o))
