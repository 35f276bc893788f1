import sys

class C:
    pass

d = {"a": C()}
print("dict baseline", sys.getrefcount(d))
keys = d.keys()
print("keys view holds dict", sys.getrefcount(d))
values = d.values()
print("values view holds dict", sys.getrefcount(d))
items = d.items()
print("items view holds dict", sys.getrefcount(d))
del keys, values, items
print("views dropped", sys.getrefcount(d))
it = iter(d)
print("key iterator holds dict", sys.getrefcount(d))
