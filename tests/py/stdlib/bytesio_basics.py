"""io.BytesIO: reading, writing past the end, seek/truncate, getbuffer() (a memoryview that forbids changes while held), readinto, closed-file errors, as python3."""
import io, sys
b = io.BytesIO(b"hello\nworld\n")
print(type(b).__name__, type(b).__module__, b.read(3), b.tell(), b.readline(), b.readlines(), b.read(), b.read(2))
b.seek(0)
print(list(b), b.seek(2), b.seek(1, 1), b.seek(-2, 2), b.tell(), b.read())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.getvalue(), b.tell())
b.seek(10)
print(b.write(b"Z"), b.getvalue())
b.seek(1)
print(b.write(b"XY"), b.getvalue(), b.truncate(5), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
v = b.getbuffer()
print(type(v).__name__, bytes(v), v.readonly)
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError", e)
v[0] = ord("a")
print(b.getvalue())
v.release()
print(b.write(b"!"), b.getvalue())
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba, b.read1(2), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
for bad in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1), lambda: io.BytesIO("s")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"x") as c:
    print(c.read())
print(c.closed)
for f in (c.read, c.getvalue, c.tell, lambda: c.write(b"a"), c.getbuffer, lambda: c.seek(0)):
    try:
        f()
    except ValueError as e:
        print(e)
print(io.BytesIO(None).getvalue(), io.BytesIO(b"abc").read(None), io.BytesIO(b"a\nb").readlines(1))
b = io.BytesIO(b"abc")
print(b.read(-1), b.readline(None))
