import sys

class C:
    pass

x = C()

m = map(lambda o: o, [x])
print("map object holds list item", sys.getrefcount(x))
del m
fl = filter(None, [x])
print("filter object", sys.getrefcount(x))
del fl
print("nested comprehension", [[sys.getrefcount(x) for _ in range(1)] for _ in range(1)])
print("comprehension over local", (lambda: [sys.getrefcount(o) for o in [x]])())
fns = [lambda: o for o in [x]]
print("lambda capturing comprehension var", sys.getrefcount(x))
del fns
print("after dropping lambdas", sys.getrefcount(x))


try:
    raise KeyError(x)
except (KeyError, ValueError) as e:
    print("except tuple as", sys.getrefcount(e), "arg", sys.getrefcount(x))

def mutable_default(acc=[]):
    acc.append(1)
    return sys.getrefcount(acc)

print("mutable default", mutable_default())
l = list({"a": x}.items())
print("list of items tuples", sys.getrefcount(x))
del l
joined = ",".join(["a", "b"])
print("joined string", sys.getrefcount(joined))
def deco(cls):
    return cls
@deco
class Dec:
    pass
d = Dec()
print("instance of decorated class", sys.getrefcount(d))
class Sl:
    __slots__ = ("a", "b")
sl = Sl()
sl.a = x
sl.b = x
print("slots hold", sys.getrefcount(x))
del sl
print("slots released", sys.getrefcount(x))
