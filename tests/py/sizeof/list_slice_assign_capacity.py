"""Slice assignment keeps a list's capacity unless its size changes (list_resize), and an
emptied list has none: sys.getsizeof as CPython 3.11 reports it."""
import sys

l = [1, 2, 3]
l.append(4)
a = sys.getsizeof(l)
l[0:2] = [9, 9]
b = sys.getsizeof(l)
l[0:2] = [7]
c = sys.getsizeof(l)
l[0:1] = [1, 2, 3, 4, 5]
d = sys.getsizeof(l)
m = list(range(20))
m[:] = [1]
e = sys.getsizeof(m)
m[:] = []
f = sys.getsizeof(m)
m[0:0] = range(9)
g = sys.getsizeof(m)
m[2:5] = m
h = sys.getsizeof(m)
print(a, b, c, d, e, f, g, h, m)
