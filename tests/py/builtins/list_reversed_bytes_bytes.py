"""list.__reversed__ (a list_reverseiterator, as reversed() gives) and bytes.__bytes__
(an exact bytes is itself, a subclass's value a new bytes)."""
import sys

l = [1, 2, 3]
r = l.__reversed__()
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())


class L(list):
    pass


sub = L([4, 5])
print(type(reversed(sub)).__name__, list(reversed(sub)), list(sub.__reversed__()))
x = [object()]
before = sys.getrefcount(x)
it = x.__reversed__()
print(sys.getrefcount(x) - before)
next(it)
try:
    next(it)
except StopIteration:
    print("StopIteration", sys.getrefcount(x) - before)
for bad in ((1,), ()):
    try:
        [].__reversed__(*bad)
        print("ok", bad)
    except TypeError as e:
        print("TypeError:", e)

b = b"ab"
print(b.__bytes__() is b, b.__bytes__())


class B(bytes):
    pass


y = B(b"q")
print(type(y.__bytes__()).__name__, y.__bytes__(), y.__bytes__() is y)
try:
    b.__bytes__(1)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(bytearray(), "__bytes__"), bytes(B(b"zz")))
