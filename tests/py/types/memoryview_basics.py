"""memoryview over bytes and bytearray: views that share their exporter's memory (slices
with steps, assignment through a writable view), the managed buffer that holds the
exporter once for all views on it, a bytearray that cannot resize while a view is
exported, release and `with`, formats B/b/c through cast, comparison, hashing and the
errors CPython gives."""
import gc
import sys
import weakref

data = bytearray(b"hello world")
print("refs before", sys.getrefcount(data))
m = memoryview(data)
print("refs with a view", sys.getrefcount(data), sys.getrefcount(m))
s = m[1:5]
print("refs with a slice", sys.getrefcount(data), s.obj is data, m.obj is data)
print([type(r).__name__ for r in gc.get_referents(m)], gc.is_tracked(m))
print(sys.getsizeof(m), len(m), len(s), s.tobytes(), bytes(m[::2]), m[::-1].tobytes())
print(m[0], m[-1], m[2:9:3].tolist(), m[2:9:3].strides, m[::-1].strides, m[5:2].tobytes())
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.suboffsets)
print(m.c_contiguous, m[::2].c_contiguous, m[::2].contiguous, m[1:2].f_contiguous)

s[0] = ord("E")
m[6:11] = b"WORLD"
m[::5] = b"<>>"
print(data)
for bad in (lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, -1),
            lambda: m.__setitem__(0, b"x"), lambda: m.__setitem__(slice(0, 2), b"abc"),
            lambda: m[20], lambda: m.__delitem__(0), lambda: m["a"]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

for grow in (lambda: data.append(33), lambda: data.extend(b"!"), lambda: data.pop(),
             lambda: data.clear(), lambda: data.__iadd__(b"x"), lambda: data.remove(111),
             lambda: data.insert(0, 1), lambda: data.__delitem__(slice(0, 2))):
    try:
        grow()
    except BufferError as e:
        print("BufferError", e)
data[0:2] = b"hE"  # the same size: allowed
print(data)
m.release()
try:
    data.append(33)
except BufferError as e:
    print("still exported by the slice:", e)
del s
data.append(33)
print("resized after the last view went", data)
try:
    len(m)
except ValueError as e:
    print(e)
print(repr(m).split(" at ")[0], sys.getrefcount(data))

r = memoryview(b"abc")
print(r.readonly, r == b"abc", b"abc" == r, r == bytearray(b"abc"), r == "abc", r != b"abd")
print(r == memoryview(b"abc"), r[1:] == b"bc", r[::-1] == b"cba", hash(r) == hash(b"abc"))
try:
    r[0] = 1
except TypeError as e:
    print(e)
c = memoryview(bytearray(b"\xff\x01A")).cast("b")
print(c.format, c.tolist(), c[0], memoryview(bytearray(b"xy")).cast("c").tolist())
print(c == memoryview(b"\xff\x01A"), c == b"\xff\x01A", c.cast("B").tolist())
e = memoryview(b"").cast("c")
print(e == b"", e == memoryview(b""), memoryview(b"a").cast("c") == b"a", e.cast("b") == b"")
try:
    hash(memoryview(bytearray(b"w")))
except ValueError as e:
    print(e)
try:
    memoryview("text")
except TypeError as e:
    print(e)
try:
    memoryview(b"a") + b"b"
except TypeError as e:
    print(e)
print(b"ab" + memoryview(b"cd"), bytearray(b"x") + memoryview(b"yz"), bytes(memoryview(b"q")))
ba = bytearray(b"1")
ba += memoryview(b"23")
print(ba, bytearray(memoryview(b"456")), list(memoryview(b"\x00\x7f\x80")), 0x7f in memoryview(b"\x7f"))
print(memoryview(b"\x01\xab").hex(), memoryview(b"\x01\xab\xcd").hex(":"), r.toreadonly().readonly)

with memoryview(b"ctx") as v:
    print(v.tobytes(), v[0])
print(repr(v).split(" at ")[0])
v.release()
w = memoryview(b"weak")
wr = weakref.ref(w)
print(wr() is w)
del w
print(wr())
mm = memoryview(memoryview(bytearray(b"nested")))
print(mm.obj, mm[1:3].tobytes(), sys.getrefcount(mm.obj))
