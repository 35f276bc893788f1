"""sys.getsizeof of arrays as CPython 3.11 reports it: the 64-byte object plus the GC
header plus the allocated items, with array_resize's over-allocation after each append
(0..40 appends for every typecode), extend, insert, +=, *=, frombytes, fromlist, slice
assignment and deletion, pop, and the exact allocation of constructors and copies."""
import array
import copy
import sys

for tc in array.typecodes:
    a = array.array(tc)
    sizes = []
    for k in range(41):
        sizes.append(sys.getsizeof(a))
        a.append("x" if tc == "u" else 1)
    print(tc, a.__sizeof__(), sizes)

g = sys.getsizeof
print(g(array.array("b", range(10))), g(array.array("b", [1] * 10)), g(array.array("b", (1,) * 10)))
print(g(array.array("b", b"abcdefghij")), g(array.array("i", b"abcdefgh")), g(array.array("u", "abc")))
print(g(array.array("d", array.array("d", [1.0] * 7))), g(array.array("d", array.array("i", [1] * 7))))
a = array.array("b", range(10))
a.extend(range(3))
print(g(a))
a = array.array("b")
a.extend(range(10))
print(g(a))
a = array.array("b")
a.extend(array.array("b", range(10)))
print(g(a))
a = array.array("b")
a.insert(0, 1)
print(g(a))
a = array.array("b", [1] * 5)
a += array.array("b", [2] * 5)
print(g(a))
a *= 3
print(g(a))
print(g(a * 2), g(a + a), g(a[1:4]), g(a[::2]), g(copy.copy(a)), g(copy.deepcopy(a)))
a = array.array("h", [1] * 40)
sizes = []
for k in range(40):
    a.pop()
    sizes.append(g(a))
print(sizes)
a = array.array("i", [1] * 40)
sizes = []
while len(a) > 0:
    del a[:3]
    sizes.append(g(a))
print(sizes)
a = array.array("i", [1] * 40)
del a[::2]
print(g(a))
a[2:4] = array.array("i", [5] * 30)
print(g(a))
a[:] = array.array("i")
print(g(a), len(a))
a = array.array("q")
a.fromlist(list(range(20)))
print(g(a))
a.frombytes(bytes(8 * 3))
print(g(a))
a.frombytes(b"")
print(g(a))
u = array.array("u")
u.fromunicode("hello world")
print(g(u))
a = array.array("B", [1] * 100)
for n in (99, 90, 85, 84, 83, 60, 1, 0):
    del a[n:]
    print(n, g(a), end="; ")
print()
a = array.array("b", [1])
a *= 0
print(g(a))
