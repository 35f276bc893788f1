import sys
def f(a):
    print("in f", sys.getrefcount(a))
    b = a
    print("after alias", sys.getrefcount(a))
    return b
o = object()
print(sys.getrefcount(o))
r = f(o)
print(sys.getrefcount(o))
def g(*args):
    return sys.getrefcount(args[0])
print(g(o))
def h(**kw):
    return sys.getrefcount(kw["k"])
print(h(k=o))
lam = lambda v: sys.getrefcount(v)
print(lam(o))
del r
print(sys.getrefcount(o))
