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

# The descriptors themselves: C's namespace holds them, D (whose base has both) gets none.
import weakref

print(list(vars(C)), list(vars(D)))
d = C.__dict__["__dict__"]
w = C.__dict__["__weakref__"]
print(d, w, type(d).__name__, d.__name__, d.__qualname__, d.__objclass__ is C)
c = C()
c.x = 1
print(c.__dict__, d.__get__(c, C), d.__get__(None, C) is d)
c.__dict__ = {"y": 2}
print(c.y, hasattr(c, "x"))
d.__set__(c, {"z": 3})
print(c.z, c.__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r)
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
try:
    c.__weakref__ = 5
except AttributeError as e:
    print(e)
try:
    d.__get__(1, int)
except TypeError as e:
    print(e)
print(sys.getsizeof(d))
