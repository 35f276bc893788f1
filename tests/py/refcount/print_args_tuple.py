import sys

class C:
    def __str__(self):
        print("__str__ self", sys.getrefcount(self))
        return "C"

x = C()
print("-- str(x)")
s = str(x)
print("-- print(x): print packs its positional arguments into a tuple")
print(x)
