import sys
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 9)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), len(l))
l.remove(9)
print(l, l[::2], l[-2:], l[1:-1])
l.reverse()
print(l, l.copy() == l, l.copy() is l)
l[1:3] = ["a", "b", "c"]
print(l)
del l[0]
del l[::2]
print(l)
l.clear()
print(l, [1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] < [1, 3], [1, 2] == [1, 2])
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
x = [1, 2, 3]
x[1] = x
print(x, x[1][1][0])
nested = [[1, 2], [3]]
copy = list(nested)
copy[0].append(99)
print(nested, sys.getrefcount(nested[0]))
m = [5, 4]
m += (3,)
m *= 2
print(m, m[-10:10], list(reversed(m))[:2])
try:
    [1, 2][5]
except IndexError as e:
    print(e)
a = [1, 2, 3, 4, 5]
a[1:4:2] = ["x", "y"]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
