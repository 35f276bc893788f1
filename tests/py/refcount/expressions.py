import sys

class C:
    pass

def make():
    return C()

def make_list():
    return []

x = C()
lst = []
print("call result", sys.getrefcount(make()))
print("new list literal", sys.getrefcount([]))
print("concatenation temp", sys.getrefcount(lst + []))
print("list held", sys.getrefcount(lst))
print("conditional expression", sys.getrefcount(x if True else None))
print("or expression", sys.getrefcount(0 or x))
print("and expression", sys.getrefcount(1 and x))
print("subscript", sys.getrefcount([x][0]))
print("is test result holds nothing", x is x, sys.getrefcount(x))
a = b = c = C()
print("chained assignment", sys.getrefcount(a))
p, q = x, x
print("tuple unpacking", sys.getrefcount(x))
del p, q
first, *rest = [x, x, x]
print("star unpacking", sys.getrefcount(x))
del first, rest
[m, n] = [x, C()]
print("list unpacking, other", sys.getrefcount(n))
del m, n
y = (lambda o: o)(x)
print("lambda identity result", sys.getrefcount(x))
del y
print("lambda returning refcount", (lambda o: sys.getrefcount(o))(x))
print("walrus", sys.getrefcount((w := C())))
print("walrus name after", sys.getrefcount(w))
z = make_list()
print("returned list bound", sys.getrefcount(z))
print("list in tuple display", sys.getrefcount((z, z)[0]))
