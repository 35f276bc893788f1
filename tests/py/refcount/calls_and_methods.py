import sys
class C:
    pass
x = C()
def f(*args, **kw):
    return sys.getrefcount(x)
print("f(x)", f(x))
print("f(k=x)", f(k=x))
print("f(x, x)", f(x, x))
print("f(*[x, x])", f(*[x, x]))
def g(a, b=None, *rest, c=None, **kw):
    return sys.getrefcount(a), sys.getrefcount(rest), sys.getrefcount(kw)
print("g", g(x, 1, 2, c=3, d=4))
class K:
    def m(self, *a):
        return sys.getrefcount(self)
k = K()
print("m", k.m(), K.m(k), k.m(1, 2))

mm = getattr(k, "m")
print("held getattr", mm(), sys.getrefcount(k))
lst = [k]
print("lst[0].m()", lst[0].m())
dd = {"k": k}
print("dd['k'].m()", dd["k"].m())
print("(k).m()", (k).m())
print("k.m via lambda", (lambda: k.m())())
