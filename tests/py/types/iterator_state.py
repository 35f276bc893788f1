# Builtin iterators' __setstate__ (the position, clipped as CPython clips it; nothing once
# exhausted) and __reduce__, zip's strict flag, reversed(dict).__length_hint__, and
# enumerate/mappingproxy subscripting (__class_getitem__).
import sys
for mk in (lambda: iter([1,2,3]), lambda: iter((1,2)), lambda: iter(range(3)), lambda: reversed([1,2]), lambda: reversed((1,2)), lambda: iter('ab'), lambda: iter(b'ab'), lambda: iter(bytearray(b'ab')), lambda: zip([1],[2]), lambda: reversed(range(4))):
    for st in ('x', 1.5, True, -5, 99, 2**70):
        it = mk()
        try:
            r = it.__setstate__(st)
            print(type(it).__name__, repr(st), r, list(it))
        except Exception as e:
            print(type(it).__name__, repr(st), type(e).__name__, e)
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i): return i*10
it = reversed(Seq()); it.__setstate__(1); print(list(it)); it.__setstate__(3); print(list(it))
it = iter([1,2]); list(it); it.__setstate__(0); print(list(it))
z = zip([1,2],[3]); z.__setstate__(True)
try: print(list(z))
except ValueError as e: print(e)
def show(it):
    print(type(it).__name__, it.__reduce__())
l = [1, 2, 3]
it = iter(l); next(it); show(it)
it = iter((1, 2)); show(it)
it = iter(range(5)); next(it); show(it)
it = iter(range(2, 20, 3)); next(it); next(it); show(it)
it = reversed(range(5)); next(it); show(it)
it = iter(b'ab'); next(it); show(it)
it = iter(bytearray(b'ab')); show(it)
it = iter('abc'); next(it); show(it)
for mk in (lambda: iter(l), lambda: iter((1,)), lambda: iter('a'), lambda: iter(b'a'), lambda: iter(bytearray(b'a')), lambda: iter(range(1))):
    it = mk(); list(it); show(it)
it = iter(l); next(it)
f, a, st = it.__reduce__()
it2 = f(*a); it2.__setstate__(st); print(list(it2))
print(enumerate[int], type({}.keys().mapping)[str, int])
d = {1: 2, 3: 4}
r = reversed(d); print(r.__length_hint__()); next(r); print(r.__length_hint__()); d[5] = 6; print(r.__length_hint__())
print('__dict__' in dir(enumerate), '__weakref__' in dir(zip))
import weakref
try: weakref.ref(enumerate([]))
except TypeError as e: print(e)
print(sys.getrefcount(l))
