import sys

class C:
    pass

# A class is referenced by its module global, its own __mro__ tuple, the __dict__ and
# __weakref__ getset descriptors in its namespace, and every instance (ob_type).
print("fresh class", sys.getrefcount(C))
x = C()
print("with one instance", sys.getrefcount(C))

class D(C):
    pass

print("base after subclassing", sys.getrefcount(C))
print("subclass", sys.getrefcount(D))
del x
print("instance dropped", sys.getrefcount(C))
