import sys

class C:
    pass

x = C()

class K:
    attr = x
    lst = [x]

    def m(self):
        return sys.getrefcount(K.attr)

print("class attribute + class list", sys.getrefcount(x))
k = K()
print("via method", k.m())
k.attr = x
print("instance shadow", sys.getrefcount(x))
del k.attr
print("instance shadow removed", sys.getrefcount(x))
K.other = x
print("class attribute set later", sys.getrefcount(x))
del K.other
print("class attribute deleted", sys.getrefcount(x))
print("function from class", sys.getrefcount(K.m))
print("function via __dict__", sys.getrefcount(K.__dict__["m"]))
bm1 = k.m
bm2 = k.m
print("two bound methods", sys.getrefcount(k), bm1 is bm2)
del bm1, bm2
print("k", sys.getrefcount(k))
print("type(k) is K", type(k) is K)
vals = list(vars(k).values())
print("vars values", len(vals))
n = k.__class__
print("__class__ attr same", n is K)
del n
