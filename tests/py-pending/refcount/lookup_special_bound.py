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
