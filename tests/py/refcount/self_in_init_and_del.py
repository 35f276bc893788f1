import sys, gc

class C:
    def __init__(self):
        print("__init__ inside list display", sys.getrefcount(self))

lst = [C(), C()]

class F:
    def __del__(self):
        print("__del__ during gc", sys.getrefcount(self))

f = F()
f.me = f
del f
gc.collect()

class G:
    def __del__(self):
        print("__del__ on del", sys.getrefcount(self))

g = G()
del g
g = G()
g = None
def scope():
    g = G()
scope()
print("-- list pop into nothing")
l2 = [G()]
l2.pop()
print("-- dict pop")
d = {"k": G()}
d.pop("k")
print("-- temp attribute")
class H:
    pass
h = H()
h.g = G()
h.g = None
print("end")
