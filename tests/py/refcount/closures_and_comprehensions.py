import sys

class C:
    pass

x = C()

def outer_cell():
    v = C()
    def inner():
        return v
    return sys.getrefcount(v)

def outer_cell_arg(a):
    def inner():
        return a
    return sys.getrefcount(a)

def inner_sees_cell():
    v = C()
    def inner():
        return sys.getrefcount(v)
    return inner()

def nonlocal_rebind():
    v = C()
    def inner():
        nonlocal v
        v = x
    inner()
    return sys.getrefcount(x)

def make_counter():
    data = []
    def get():
        return data
    return get

getter = make_counter()
print("cell var in defining frame", outer_cell())
print("argument that is a cell", outer_cell_arg(x))
print("cell read from inner function", inner_sees_cell())
print("nonlocal rebinding to global obj", nonlocal_rebind())
print("object kept only by closure", sys.getrefcount(getter()))
g2 = getter
print("closure function aliased", sys.getrefcount(getter))
print("list comprehension element", [sys.getrefcount(o) for o in [x]])
print("list comprehension over name", [sys.getrefcount(o) for o in (x,)])
lst = [x, x]
print("comprehension over list of 2", [sys.getrefcount(o) for o in lst])
print("comprehension result held", sys.getrefcount(x))
kept = [o for o in lst]
print("comprehension result kept", sys.getrefcount(x))
del kept
dc = {i: o for i, o in enumerate(lst)}
print("dict comprehension values", sys.getrefcount(x))
del dc
print("comprehension referencing outer", [sys.getrefcount(x) for _ in range(1)])
lam = lambda: x
print("lambda closing over global", sys.getrefcount(x))
def cap(a):
    return lambda: a
f = cap(x)
print("lambda closing over arg", sys.getrefcount(x))
del f
print("after dropping lambda", sys.getrefcount(x))
print("lambda default arg", sys.getrefcount(x), (lambda d=x: sys.getrefcount(d))())
