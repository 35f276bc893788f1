import sys

class C:
    pass

x = C()
print("baseline", sys.getrefcount(x))
lst = [x]
print("list element", sys.getrefcount(x))
lst.append(x)
print("list element twice", sys.getrefcount(x))
lst2 = lst * 3
print("list repeated x3", sys.getrefcount(x))
del lst2
nested = [[x], [x, [x]]]
print("nested lists", sys.getrefcount(x))
del nested
tup = (x, (x,))
print("tuple and inner tuple", sys.getrefcount(x))
del tup
d = {x: 1}
print("dict key", sys.getrefcount(x))
d[x] = x
print("dict key and value", sys.getrefcount(x))
del d
sl = lst[:]
print("list slice copy", sys.getrefcount(x))
del sl
cp = list(lst)
print("list() copy", sys.getrefcount(x))
del cp
lst.pop()
print("after pop (result discarded)", sys.getrefcount(x))
popped = lst.pop()
print("popped into a name", sys.getrefcount(x))
del popped
print("empty list", sys.getrefcount(x), len(lst))
ls = [1, 2, 3]
print("list itself", sys.getrefcount(ls))
holder = {"k": ls}
print("list held in dict value", sys.getrefcount(ls))
del holder["k"]
print("dict entry deleted", sys.getrefcount(ls))
lst.insert(0, x)
lst.extend([x, x])
print("insert + extend", sys.getrefcount(x))
lst.remove(x)
print("after remove", sys.getrefcount(x))
lst[0:2] = []
print("slice assigned empty", sys.getrefcount(x))
dd = {"a": x, "b": x, "c": x}
print("dict display values", sys.getrefcount(x))
dd.update({"a": 0})
print("after update overwrote one", sys.getrefcount(x))
v = dd.get("b")
print("dict.get result held", sys.getrefcount(x))
