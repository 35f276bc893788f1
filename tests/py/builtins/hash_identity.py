# Hashes by identity (_Py_HashPointer: the address rotated by 4 bits): objects without
# __hash__, NaN floats (3.10+), bound methods (self's pointer hash XOR the function's).
import math


class A:
    def m(self):
        return self


o, a = object(), A()
print(hash(o) == id(o) >> 4, hash(a) == id(a) >> 4, hash(A) == id(A) >> 4)
x = float("nan")
print(hash(x) == id(x) >> 4, hash(math.nan) == id(math.nan) >> 4, hash(x) != hash(float("nan")))
print(len({float("nan"), float("nan")}), len({x, x}), {x: 1}[x], hash((x,)) == hash((x,)))
print(hash(a.m) == hash(a.m), hash(a.m) == (id(a) >> 4) ^ hash(A.m), a.m == a.m)
print(hash(float("inf")), hash(-float("inf")), hash(0.5), hash(-1.0))
