import sys

class C:
    def __getattr__(self, name):
        print("__getattr__ self", sys.getrefcount(self))
        return name

x = C()
# slot_tp_getattr_hook calls __getattr__ through a bound method.
x.missing
getattr(x, "other")
