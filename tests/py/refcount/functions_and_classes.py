import sys

class C:
    pass

x = C()

def with_kwdefault(*, k=x):
    return sys.getrefcount(k)

print("keyword-only default held by function", sys.getrefcount(x))
print("keyword-only default used", with_kwdefault())

def deco(fn):
    return fn

@deco
def decorated():
    pass

print("decorated function", sys.getrefcount(decorated))

def plain():
    pass

print("plain function", sys.getrefcount(plain))

class K:
    local_in_body = C()
    print("class body local", sys.getrefcount(local_in_body))

print("class attribute after body", sys.getrefcount(K.local_in_body))

def outer():
    v = C()
    def middle():
        def inner():
            return v
        return inner
    return middle()

fn = outer()
print("cell reached through two closures", sys.getrefcount(fn()))

def counter():
    n = C()
    def bump():
        nonlocal n
        m = n
        return sys.getrefcount(m)
    return bump

print("nonlocal read into a local", counter()())

def recurse(o, depth):
    if depth == 0:
        return sys.getrefcount(o)
    return recurse(o, depth - 1)

print("recursion depth 3", recurse(x, 3))
print("recursion depth 0", recurse(x, 0))
lst = [x]
print("key function arg", sorted(lst, key=lambda o: sys.getrefcount(o)) and sys.getrefcount(x))
print("key function sees", [sys.getrefcount(o) for o in sorted(lst, key=id)])
d = {}
d.setdefault("k", x)
print("setdefault stored", sys.getrefcount(x))
print("get with default", sys.getrefcount(d.get("missing", x)))
print("in operator", x in lst, sys.getrefcount(x))
print("index", lst.index(x), sys.getrefcount(x))
print("getattr default", sys.getrefcount(getattr(x, "nope", x)))
