"""array.array as a buffer: bytes(a), bytearray(a), b"".join, bytes + array, frombytes
from another array (item size 1 only), memoryview of 'b' and 'B' arrays (writes go
through; an export forbids resizing with BufferError until released), tofile in 64 KiB
blocks and fromfile (short reads, bad counts), writing an array to a binary file, and the
iterator's __reduce__/__setstate__."""
import array
import io
import os


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


a = array.array("i", [3, 1, 2])
print(bytes(a), bytearray(a), b"".join([array.array("b", [65, 66]), b"C"]), b"x" + array.array("b", [65]))
print(sorted(a), sum(a), max(a), list(reversed(a)))
attempt("frombytes array i", lambda: array.array("b").frombytes(array.array("i", [1])))
x = array.array("b")
x.frombytes(array.array("B", [1, 255]))
x.frombytes(memoryview(b"ab"))
print(x)

b = array.array("B", [1, 2, 3])
m = memoryview(b)
print(m.tolist(), m.format, m.itemsize, m.readonly, m.obj is b, m.nbytes, len(m))
attempt("append exported", lambda: b.append(4))
attempt("pop exported", lambda: b.pop())
attempt("del exported", lambda: b.__delitem__(slice(0, 1)))
attempt("iadd exported", lambda: b.__iadd__(array.array("B", [5])))
attempt("imul exported", lambda: b.__imul__(2))
attempt("frombytes exported", lambda: b.frombytes(b"z"))
attempt("setitem exported", lambda: b.__setitem__(0, 9))
attempt("same-size slice", lambda: b.__setitem__(slice(0, 1), array.array("B", [5])))
attempt("imul 1 exported", lambda: b.__imul__(1))
m[1] = 200
print(b, m[0], m[-1], bytes(m[::2]))
m2 = m[1:]
m.release()
attempt("still exported", lambda: b.append(4))
m2.release()
b.append(4)
print(b, bytes(memoryview(array.array("b", [-1, 2]))), memoryview(array.array("b", [-1, 2])).tolist())
with memoryview(b) as v:
    v[0] = 7
b.extend([8])
print(b)

# tofile / fromfile
class W:
    def __init__(self):
        self.calls = []

    def write(self, data):
        self.calls.append((type(data).__name__, len(data)))
        return len(data)


w = W()
array.array("d", [0.0] * 20000).tofile(w)
array.array("d").tofile(w)
print(w.calls)
h = array.array("h")
attempt("fromfile short", lambda: h.fromfile(io.BytesIO(b"\x01\x00\x02"), 2))
attempt("fromfile eof", lambda: h.fromfile(io.BytesIO(b"\x01\x00\x02\x00"), 3))
print(h)
attempt("fromfile neg", lambda: h.fromfile(io.BytesIO(b""), -1))
attempt("fromfile float", lambda: h.fromfile(io.BytesIO(b""), 1.0))
attempt("fromfile zero", lambda: h.fromfile(io.BytesIO(b""), 0))
attempt("tofile nowrite", lambda: h.tofile(5))
path = f"array_buffer_{os.getpid()}.bin"
with open(path, "wb") as f:
    array.array("H", [1, 2, 65535]).tofile(f)
    f.write(array.array("b", [-1]))
with open(path, "rb") as f:
    raw = f.read()
with open(path, "rb") as f:
    r = array.array("H")
    r.fromfile(f, 3)
os.remove(path)
print(raw, r)

# the iterator's pickling state
it = iter(array.array("b", [1, 2, 3]))
print(it.__reduce__())
next(it)
print(it.__reduce__())
it.__setstate__(2)
print(list(it), it.__reduce__())
it = iter(array.array("b", [1, 2, 3]))
it.__setstate__(-5)
print(next(it))
it.__setstate__(10)
print(list(it))
b = array.array("b", [1, 2, 3])
it = iter(b)
next(it)
b.pop()
b.pop()
print(list(it))
