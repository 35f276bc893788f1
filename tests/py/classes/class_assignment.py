"""obj.__class__ = cls between classes laid out alike: the instance holds the new class (its
methods and __del__ apply) and releases the old; other assignments are refused with
object_set_class's messages."""
import sys, gc
class Y:
    def hello(self): return "Y"
class Z:
    def hello(self): return "Z"
    def __del__(self): print("Z.__del__")
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
class IntSub(int): pass
y = Y()
print(sys.getrefcount(Y), sys.getrefcount(Z))
y.__class__ = Z
print(type(y).__name__, y.hello(), isinstance(y, Z), vars(y))
print(sys.getrefcount(Y), sys.getrefcount(Z))
for bad in [1, int, S1, IntSub]:
    try:
        y.__class__ = bad
    except TypeError as e:
        print(e)
s = S1(); s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print(e)
try:
    del y.__class__
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
o = object()
try:
    o.__class__ = Y
except TypeError as e:
    print(e)
class W(Y): pass
w = W()
w.__class__ = Y
print(type(w).__name__)
del y
print("end")
