import sys

class C:
    pass

x = C()
d = {"a": x}
for val in d.values():
    print("value in d.values() loop (global, dict, val, arg)", sys.getrefcount(val))
print("after loop", sys.getrefcount(x))
