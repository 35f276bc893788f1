"""array.array: construction for every typecode (lists, tuples, iterables, bytes, str for
'u', another array), the module's names, repr, the sequence protocol (len, indexing,
slices with steps, in, iteration, +, +=, *, *=, comparisons) and the methods (append,
extend, insert, pop, remove, index, count, reverse, tobytes, frombytes, tolist, fromlist,
tounicode, fromunicode, byteswap, buffer_info, copy, deepcopy, pickling's reduce)."""
import array
import copy

print(array.typecodes, array.ArrayType is array.array)
print(array.array, type(array.array('b')), array.array.__module__, array.array.__qualname__)

for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    print(tc, a, a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes())
print(array.array("u", "abc"), array.array("u"), array.array("d"), array.array("i", ()))
print(array.array("u", "h\u00e9\U0001F600").tounicode() == "h\u00e9\U0001F600")
print(array.array("u", ["x", "y"]), array.array("u", iter("zz")))

# Initializers
print(array.array("h", (5, -6)), array.array("l", range(4)), array.array("Q", (x * x for x in range(3))))
print(array.array("B", b"\x01\x02\xff"), array.array("b", bytearray(b"\x80\x7f")))
print(array.array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"))
print(array.array("d", array.array("i", [1, 2])), array.array("i", array.array("b", [-1])))
print(array.array("f", [0.1, 1e300, -1e300, float("nan")]))
print(array.array("d", [0.1, 2, True]), array.array("q", [2**63 - 1, -2**63]))
print(array.array("Q", [2**64 - 1, 0]), array.array("L", [2**64 - 1]), array.array("I", [2**32 - 1]))
print(array.array("B", [True, False]))

# Indexing and slicing
a = array.array("i", range(10))
print(a[0], a[-1], a[3], a[-10], a[2:5], a[::2], a[::-1], a[8:2:-2], a[100:], a[:])
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = array.array("i", [7, 7, 7, 7])
print(a)
a[::3] = array.array("i", [0] * len(a[::3]))
print(a)
a[2:2] = array.array("i", [42])
print(a)
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[::-1]
print(a, len(a))
b = array.array("i", [1, 2, 3, 4, 5, 6])
b[1:5] = b
print(b)
b[:] = b[::-1]
print(b)

# in, iteration
a = array.array("d", [1.5, 2.5])
print(1.5 in a, 2 in a, "x" in a, list(a), [x for x in a])
it = iter(a)
print(type(it), next(it), next(it), next(it, "done"))
print(list(iter(array.array("b"))))
print(list(reversed(array.array("b", [1, 2, 3]))))

# + += * *=
a = array.array("b", [1, 2])
print(a + array.array("b", [3]), a * 3, 3 * a, a * 0, a * -1)
c = a
a += array.array("b", [9])
print(a, c is a)
a *= 2
print(a, c is a)
a *= 0
print(a, c is a)

# comparisons
x = array.array("i", [1, 2, 3])
y = array.array("i", [1, 2, 4])
z = array.array("d", [1.0, 2.0, 3.0])
print(x == z, x != z, x < y, x <= y, x > y, x >= y, x == y, x == [1, 2, 3])
print(array.array("b") < array.array("b", [0]), array.array("u", "ab") < array.array("u", "b"))
print(array.array("B", [1, 2]) == array.array("b", [1, 2]), array.array("f", [float("nan")]) == array.array("f", [float("nan")]))
print(bool(array.array("b")), bool(array.array("b", [0])))

# methods
a = array.array("h")
print(a.append(1), a.extend([2, 3]), a.extend(array.array("h", [4])), a.insert(0, 0), a.insert(-1, 9), a.insert(100, 5), a.insert(-100, -5))
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.remove(3), a, a.index(2), a.count(2), a.count(99))
a.extend([2, 2])
print(a.index(2, 2), a.index(2, -1), a.count(2))
a.reverse()
print(a)
a.fromlist([10, 11])
print(a, a.tolist())
a.frombytes(b"\x01\x00")
print(a)
u = array.array("u", "ab")
u.fromunicode("cd")
u.append("e")
print(u, u.tounicode(), u.tolist())
w = array.array("i", [1, 256])
w.byteswap()
print(w)
w.byteswap()
print(w)
d = array.array("d", [1.0])
d.byteswap()
print(d.tobytes())
info = array.array("b", [1, 2, 3]).buffer_info()
print(type(info), type(info[0]), info[1])
e = array.array("b", [1, 2, 3])
print(e.buffer_info() == e.buffer_info())
c1 = copy.copy(e)
c2 = copy.deepcopy(e)
print(c1, c2, c1 is e, c2 is e, c1 == e)
print(e.__copy__(), e.__deepcopy__({}))
r = e.__reduce_ex__(2)
print(r[0] is array.array, r[1], r[2])
r = e.__reduce_ex__(3)
print(r[0].__name__, r[1][0] is array.array, r[1][1:], r[2])
print(array.array("f", [1.5]).__reduce_ex__(2)[1])
