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
