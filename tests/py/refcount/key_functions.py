import sys

class C:
    def __init__(self, n):
        self.n = n

x = C(1)
y = C(2)
lst = [y, x]
print("-- list.sort key")
lst.sort(key=lambda o: print("sort key", sys.getrefcount(o)) or o.n)
print("-- sorted key")
r = sorted(lst, key=lambda o: print("sorted key", sys.getrefcount(o)) or o.n)
print("sorted result held", sys.getrefcount(x))
del r
print("-- max key")
m = max(lst, key=lambda o: print("max key", sys.getrefcount(o)) or o.n)
print("max result held", sys.getrefcount(y))
del m
print("-- min without key")
lst2 = [3000, 4000]
print("min of ints", min(lst2))
