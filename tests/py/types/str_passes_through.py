# str(x) and print(x) pass through the str a class's __str__ (or __repr__) returned: the
# same object, one more reference while stdout holds it.
import sys

K = "".join(["k", "z"])


class P:
    def __str__(self):
        return K


class R:
    def __repr__(self):
        return K


class Sub(str):
    pass


class S2:
    def __str__(self):
        return Sub("sub")


p, r = P(), R()
print(str(p) is K, str(r) is K, repr(r) is K, type(str(S2())).__name__)
before = sys.getrefcount(K)
print(p)
print(sys.getrefcount(K) - before)
print(r, p, sep=K)
print(sys.getrefcount(K) - before)
sys.stdout.flush()
print(sys.getrefcount(K) - before)
try:
    class Bad:
        def __str__(self):
            return 1
    str(Bad())
except TypeError as e:
    print(e)


class F:
    def __format__(self, spec):
        return K if spec == "" else Sub(spec)


f = F()
print(format(f) is K, f"{f}" is K, f"{p}" is K, f"{r!s}" is K, type(f"{f:x}").__name__)
print(f"{p:>5}" if False else "skip")
