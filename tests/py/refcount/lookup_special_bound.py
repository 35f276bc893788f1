import sys

class C:
    def __format__(self, spec):
        print("__format__ self", sys.getrefcount(self))
        return "F"

x = C()
# PyObject_Format finds the method with _PyObject_LookupSpecial, which
# returns a bound method (one more reference to self) and then call it.
print("-- f'{x}'")
s = f"{x}"
print("-- format(x, '')")
s = format(x, "")


class R:
    def __round__(self, n=None):
        print("__round__ self", sys.getrefcount(self))
        return 1

    def __reversed__(self):
        print("__reversed__ self", sys.getrefcount(self))
        return iter(())

    def __bytes__(self):
        print("__bytes__ self", sys.getrefcount(self))
        return b""

    def __floor__(self):
        print("__floor__ self", sys.getrefcount(self))
        return 1

    def __trunc__(self):
        print("__trunc__ self", sys.getrefcount(self))
        return 1

    def __sizeof__(self):
        # sys.getsizeof also holds its arguments in a tuple (METH_VARARGS).
        print("__sizeof__ self", sys.getrefcount(self))
        return 1


import math

r = R()
# round, reversed, bytes, math.floor/trunc and sys.getsizeof look the method up the same way.
round(r)
reversed(r)
bytes(r)
b"%s" % r
math.floor(r)
math.trunc(r)
sys.getsizeof(r)
