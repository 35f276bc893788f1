"""bytearray growing inside the buffer CPython over-allocated (16 appends, then += of
one byte crashed pygc: its JS array was smaller than the modelled buffer), with
getsizeof along the way."""
import sys
b = bytearray()
for _ in range(16): b.append(0)
b += b"x"
print(len(b), sys.getsizeof(b), b[-3:])
b = bytearray()
sizes = []
for i in range(50):
    b += b"x"
    sizes.append(sys.getsizeof(b))
print(bytes(b[:5]), len(b), sizes)
b = bytearray()
for i in range(40):
    b.extend(b"ab")
    b.append(65 + i % 26)
print(len(b), sys.getsizeof(b), bytes(b[-6:]))
del b[5:100]
b += b"zz"
b.extend(range(10))
print(len(b), sys.getsizeof(b), list(b[-12:]))
c = bytearray(b"0123456789" * 3)
del c[:20]
c += b"abc"
c.append(1)
print(c, sys.getsizeof(c))
d = bytearray(10)
d[2:4] = b""
d += b"\x01\x02"
print(d, sys.getsizeof(d))
