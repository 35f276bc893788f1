import sys

class C:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        print("__str__ self", sys.getrefcount(self))
        return "C"
    def __format__(self, spec):
        print("__format__ self", sys.getrefcount(self))
        return "F"
    def __iter__(self):
        print("__iter__ self", sys.getrefcount(self))
        return self
    def __next__(self):
        print("__next__ self", sys.getrefcount(self))
        raise StopIteration
    def __lt__(self, other):
        print("__lt__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return self.n < other.n
    def __neg__(self):
        print("__neg__ self", sys.getrefcount(self))
        return 0
    def __iadd__(self, other):
        print("__iadd__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return self
    def __delitem__(self, key):
        print("__delitem__ self", sys.getrefcount(self))
    def __index__(self):
        print("__index__ self", sys.getrefcount(self))
        return 0

x = C(1)
y = C(2)
print("-- str(x)")
str(x)
print("-- iter/next")
it = iter(x)
del it
print("-- for loop")
for _ in x:
    pass
print("-- x < y")
x < y
print("-- sorted")
sorted([y, x])
print("-- -x")
-x
print("-- x += y")
x += y
print("-- del x[0]")
del x[0]
