"""getsizeof after `l *= n` (list_inplace_repeat: unchanged for n == 1 or an empty list,
cleared for n < 1, else list_resize to size * n with its over-allocation) and after
clearing an instance's __dict__ (PyDict_Clear leaves a split dict combined and empty)."""
import sys

for items, n in [([1, 2, 3], 2), (list(range(10)), 3), ([1], 1), ([], 5), (list(range(50)), 0),
                 (list(range(7)), 4), ([0] * 100, 2), (list(range(4)), -1)]:
    l = list(items)
    before = sys.getsizeof(l)
    l *= n
    print(len(l), before, sys.getsizeof(l))
l = [1, 2]
l *= 3
l.append(0)
print(sys.getsizeof(l))


class B:
    def __init__(self):
        self.a = 1
        self.b = 2


b = B()
d = b.__dict__
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d), d)
b.c = 3
print(sys.getsizeof(b.__dict__), b.__dict__)
b.d = 4
b.e = 5
b.f = 6
print(sys.getsizeof(b.__dict__))
print(sys.getsizeof(B().__dict__))
