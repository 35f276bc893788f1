import sys

class C:
    def __enter__(self):
        print("__enter__ self", sys.getrefcount(self))
        return self

    def __exit__(self, t, v, tb):
        print("__exit__ self", sys.getrefcount(self))
        return False

x = C()
with x:
    print("body", sys.getrefcount(x))
