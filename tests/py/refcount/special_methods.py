import sys

class C:
    def __init__(self):
        print("__init__ self", sys.getrefcount(self))

    def __repr__(self):
        print("__repr__ self", sys.getrefcount(self))
        return "C()"

    def __len__(self):
        print("__len__ self", sys.getrefcount(self))
        return 1

    def __bool__(self):
        print("__bool__ self", sys.getrefcount(self))
        return True

    def __getitem__(self, key):
        print("__getitem__ self", sys.getrefcount(self), "key", sys.getrefcount(key))
        return key

    def __call__(self, arg):
        print("__call__ self", sys.getrefcount(self), "arg", sys.getrefcount(arg))

    def __eq__(self, other):
        print("__eq__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return self is other

    def __hash__(self):
        print("__hash__ self", sys.getrefcount(self))
        return 1

    def __enter__(self):
        print("__enter__ self", sys.getrefcount(self))
        return self

    def __exit__(self, t, v, tb):
        print("__exit__ self", sys.getrefcount(self))
        return False

    def __add__(self, other):
        print("__add__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return 0

    def __getattr__(self, name):
        print("__getattr__ self", sys.getrefcount(self))
        return name

    def __contains__(self, item):
        print("__contains__ self", sys.getrefcount(self), "item", sys.getrefcount(item))
        return True

    def __setitem__(self, key, value):
        print("__setitem__ value", sys.getrefcount(value))

x = C()
print("-- repr(x)")
repr(x)
print("-- len(x)")
len(x)
print("-- if x")
if x:
    pass
key = []
print("-- x[key]")
x[key]
print("-- x == other")
other = C()
x == other
print("-- x + key")
x + key
print("-- key in x")
key in x
print("-- x[0] = key")
x[0] = key
print("-- C() temp init")
C()
