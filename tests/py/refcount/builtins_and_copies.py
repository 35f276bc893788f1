import sys

class C:
    pass

x = C()
lst = [x]
t = (x, 1)
print("tuple(t) is t", tuple(t) is t, sys.getrefcount(t))
u = tuple(t)
print("tuple(t) kept", sys.getrefcount(t))
del u
print("lst.copy() kept", sys.getrefcount(x), len(lst.copy()))
c = lst.copy()
print("copy held", sys.getrefcount(x))
del c
it = iter(lst)
print("list iterator holds list", sys.getrefcount(lst))
del it
r = reversed(lst)
print("reversed holds list", sys.getrefcount(lst))
del r
s = sorted(lst)
print("sorted copy", sys.getrefcount(x))
del s
inner = []
outer = [inner] * 3
print("[inner] * 3", sys.getrefcount(inner))
del outer
lst2 = []
alias = lst2
lst2 += [x]
print("list += in place", lst2 is alias, sys.getrefcount(lst2), sys.getrefcount(x))
del lst2, alias
tt = (x,)
tt += (x,)
print("tuple += new tuple", sys.getrefcount(x))
del tt
d = {"a": x}
dc = dict(d)
print("dict(d) copy", sys.getrefcount(x))
del dc
m = lst.append
print("bound builtin method holds list", sys.getrefcount(lst))
del m
z = list(zip(lst, lst))
print("zip into list of tuples", sys.getrefcount(x))
del z
e = list(enumerate(lst))
print("enumerate into list", sys.getrefcount(x))
del e
mx = max(lst, key=id)
print("max result held", sys.getrefcount(x))
