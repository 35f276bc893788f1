import sys

class C:
    pass

x = C()
print("module global", sys.getrefcount(x))
print("globals() lookup", sys.getrefcount(globals()["x"]))
g = globals()
print("globals dict held", sys.getrefcount(g) >= 2)
g["y"] = x
print("inserted via globals()", sys.getrefcount(x))
del g["y"]
mod = sys.modules[__name__]
print("module attribute", sys.getrefcount(mod.x))
mod.z = x
print("set as module attribute", sys.getrefcount(x))
del mod.z

def read_global():
    return sys.getrefcount(x)

print("global read in function", read_global())

def set_global():
    global newg
    newg = x

set_global()
print("global set in function", sys.getrefcount(x))
del newg

def local_shadows():
    x = C()
    return sys.getrefcount(x)

print("local shadowing global", local_shadows())
lst = [1, 2]
print("is compares without holding", lst is lst, sys.getrefcount(lst))
print("id() does not hold", id(lst) > 0, sys.getrefcount(lst))
print("len() does not hold", len(lst), sys.getrefcount(lst))
print("repr does not hold", repr(lst), sys.getrefcount(lst))
print("isinstance", isinstance(x, C), sys.getrefcount(x))
t = (lst,)
print("list inside tuple", sys.getrefcount(lst))
del t
s = str(12345678)
print("fresh string", sys.getrefcount(s))
