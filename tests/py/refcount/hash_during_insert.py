import sys

class C:
    def __hash__(self):
        print("__hash__ self", sys.getrefcount(self))
        return 1

x = C()
# PyDict_SetItem increfs the key before hashing it.
print("-- hash(x)")
hash(x)
print("-- {x: 1}")
d = {x: 1}
print("-- d2[x] = 2")
d2 = {}
d2[x] = 2
