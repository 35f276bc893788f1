import sys

class C:
    pass

x = C()
y = C()

class Init:
    def __init__(self, a, k=None):
        print("positional", sys.getrefcount(a), "keyword", sys.getrefcount(k) if k is not None else "-")

# type.__call__ -> tp_init gets (args tuple, kwargs dict); calling the Python __init__
# with a dict unpacks the arguments into a new array (_PyStack_UnpackDict).
print("-- Init(x)")
Init(x)
print("-- Init(x, y)")
Init(x, y)
print("-- Init(x, k=y)")
Init(x, k=y)


class New:
    def __new__(cls, a, k=None):
        print("__new__ positional", sys.getrefcount(a))
        return object.__new__(cls)

    def __init__(self, a, k=None):
        print("__init__ self", sys.getrefcount(self), "positional", sys.getrefcount(a))


# slot_tp_new prepends the class the same way (and unpacks a kwargs dict the same way).
print("-- New(x)")
New(x)
print("-- New(x, k=y)")
New(x, k=y)
