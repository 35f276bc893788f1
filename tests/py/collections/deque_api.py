from collections import deque
import sys, gc
d = deque(); print(sys.getsizeof(d), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(range(10), maxlen=3)), gc.is_tracked(d))
print(repr(deque([1, 2], maxlen=5)), repr(deque()), deque.__name__, deque.__module__, type(iter(d)).__name__, type(reversed(d)).__name__)
d = deque([1])
try:
    for x in d: d.append(2)
except RuntimeError as e: print(e)
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(3),
          lambda: deque([1]).index(3), lambda: hash(deque()), lambda: deque([1])[1.0], lambda: deque(maxlen=-1),
          lambda: deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2), lambda: deque() + [1]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1,2]) != deque([1]))
d = deque([1, 2, 3]); d.rotate(1); print(d); d.rotate(-2); print(d); d.extendleft([7, 8]); print(d); print(d * 2, d + deque([0]))
d = deque(maxlen=2); d.append(1); d.append(2); d.append(3); print(d, d.maxlen); d.appendleft(0); print(d)
d = deque(range(10)); d.insert(3, 'x'); d.insert(-2, 'y'); del d[0]; d.remove(5); print(d, len(d), 4 in d, 42 in d, d.count(3), d.index(7), d[-1], d[2])
d.reverse(); print(d, list(reversed(d)), bool(deque()), bool(d))
d2 = d.copy(); d2 += [100]; d2 *= 2; print(d2, d)
import weakref
d = deque(); r = weakref.ref(d); del d; print(r())
print(deque('abc'), deque(iterable=[1], maxlen=4), deque([], 0))
class R:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(R())))
class N:
    __reversed__ = None
try: reversed(N())
except TypeError as e: print(e)
