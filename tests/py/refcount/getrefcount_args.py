import sys
class Obj: pass
o = Obj()
print(sys.getrefcount(o))
lst = [o]
print(sys.getrefcount(o))
def take(x):
    return sys.getrefcount(x)
print(take(o))
m = {"o": o}
print(sys.getrefcount(o))
del lst, m
print(sys.getrefcount(o))
print(sys.getrefcount(Obj) > 2, sys.getrefcount(None) > 100)
