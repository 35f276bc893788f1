import sys
import tracemalloc

# a complex object is 32 bytes, untracked by the collector (it holds no references)
import gc

c = complex(1, 2)
print(sys.getsizeof(c), gc.is_tracked(c), gc.is_tracked([c]))

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
keep = [complex(i, i) for i in range(100)]
after = tracemalloc.get_traced_memory()[0]
print("100 complex objects + list:", after - before)
del keep
print("released (less than one object per 10 left):", tracemalloc.get_traced_memory()[0] - before < 320)
tracemalloc.stop()

# references: operations return new objects; complex(c) and +c return c itself
base = sys.getrefcount(c)
d = complex(c)
e = +c
print(d is c, e is c, sys.getrefcount(c) - base)
del d, e
f = c + 0
print(f is c, f == c, sys.getrefcount(c) - base)
print(c.conjugate() is c, c.__complex__() is c)


class Tracker:
    def __init__(self, name):
        self.name = name

    def __complex__(self):
        return complex(len(self.name), 1)

    def __del__(self):
        print("freed", self.name)


z = complex(Tracker("abc"))
print(z)

# match statement with complex literal values
for v in [1j, 1 + 2j, 2, -3j, 1 + 0j]:
    match v:
        case 1j:
            print(repr(v), "is 1j")
        case 1 + 2j:
            print(repr(v), "is 1+2j")
        case -3j:
            print(repr(v), "is -3j")
        case 1:
            print(repr(v), "equals 1")
        case complex(real=r, imag=i):
            print(repr(v), "complex", r, i)
        case _:
            print(repr(v), "other")
