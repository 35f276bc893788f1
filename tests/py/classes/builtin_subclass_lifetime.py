# Instances of subclasses of builtins: reference counts, __del__ timing, cycles, weakrefs.
import gc, sys, weakref

class Bag(list):
    def __del__(self):
        print("Bag freed", len(self))

class Registry(dict):
    def __del__(self):
        print("Registry freed", sorted(self))

b = Bag([1, 2, 3])
print(sys.getrefcount(b))
alias = b
print(sys.getrefcount(b))
del alias
del b
print("after del")

r = Registry(x=1)
r["self"] = r            # a cycle through the dict payload
r.note = r               # and through the instance __dict__
del r
print("before collect")
print(gc.collect())

class Node(list):
    pass

a = Node()
c = Node([a])
a.append(c)
a.parent = c
wa = weakref.ref(a)
del a, c
print(wa() is not None)
print(gc.collect())
print(wa())

class Count(int):
    pass
try:
    weakref.ref(Count(3))
except TypeError as e:
    print(e)

class Tag(str):
    __slots__ = ("label",)
t = Tag("x")
t.label = "y"
print(t, t.label)
try:
    t.other = 1
except AttributeError as e:
    print(e)

items = [Bag([i]) for i in range(3)]
print("clearing")
items.clear()
print(gc.is_tracked(Count(5)), gc.is_tracked(Tag("z")))
x = Registry()
print(sys.getrefcount(x), len(gc.get_referents(x)))
print("end")
