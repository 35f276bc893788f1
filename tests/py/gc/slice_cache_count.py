"""CPython 3.11 keeps one freed slice for the next: slicing and slice() take it or put it
back without moving the gen-0 count."""
import gc
gc.disable()
s = "abcdef"
l = [1, 2, 3]
a = gc.get_count()[0]
x = s[1:3]
b = gc.get_count()[0]
sl = slice(1, 2)
c = gc.get_count()[0]
y = s[1:3]
d = gc.get_count()[0]
del sl
e = gc.get_count()[0]
z = s[2:4]
g = gc.get_count()[0]
t = [slice(i, i + 1) for i in range(3)]
h = gc.get_count()[0]
del t
i = gc.get_count()[0]
print(b - a, c - b, d - c, e - d, g - e, h - g, i - h)
