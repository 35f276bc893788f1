# References an argument has while a builtin class is called: the classes with their own
# vectorcall in 3.11 (list, map, enumerate, float, ...) pass it on as it is, zip and int
# pack it into a tuple; __float__, __int__, __index__ are slots (no bound method).
import sys
class It:
    def __iter__(self):
        print("iter", sys.getrefcount(self))
        return iter([1])
    def __reversed__(self):
        print("rev", sys.getrefcount(self))
        return iter([1])
x = It()
map(str, x); zip(x); enumerate(x); filter(None, x); reversed(x)
class A:
    pass
a = A()
print("before", sys.getrefcount(a))
s = super(A, a)
print("after", sys.getrefcount(a))
list(x); tuple(x); set(x); frozenset(x); dict.fromkeys(x)
class F:
    def __float__(self):
        print("float", sys.getrefcount(self)); return 1.0
    def __index__(self):
        print("index", sys.getrefcount(self)); return 3
    def __bool__(self):
        print("bool", sys.getrefcount(self)); return True
    def __int__(self):
        print("int", sys.getrefcount(self)); return 1
    def __str__(self):
        print("str", sys.getrefcount(self)); return "s"
    def keys_(self):
        print("keys", sys.getrefcount(self)); return []
    def __bytes__(self):
        print("bytes", sys.getrefcount(self)); return b""
f = F()
float(f); range(f); bool(f); int(f); str(f); bytes(f); complex(1); type(f)
class I:
    def __index__(self): return 7
print(float(I()))
class B:
    def __index__(self): return "x"
try:
    float(B())
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
