"""A memoryview written to a binary file (a strided one is refused: not C-contiguous),
collected in a reference cycle, and its slot wrappers called directly."""
import gc
import os

NAME = "_scratch_memoryview.bin"


class Holder:
    pass


h = Holder()
h.view = memoryview(b"cycle")
h.self = h
del h
print(gc.collect() >= 1)
with open(NAME, "wb") as f:
    print(f.write(memoryview(bytearray(b"xyz"))[::2].tobytes()), f.write(memoryview(b"abc")[1:]))
    try:
        f.write(memoryview(b"xyz")[::2])
    except BufferError as e:
        print(e)
    f.writelines([memoryview(b"!")])
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
print(type(memoryview(b"")).__name__, memoryview(b"").tobytes(), len(memoryview(b"")))
print(memoryview(b"") == b"")
m = memoryview(b"abc")
print(m.__len__(), m.__getitem__(1), m.__eq__(b"abc"), m.__lt__(m), m.__hash__() == hash(b"abc"))
print(memoryview(b"abc") == [97, 98, 99], list(reversed(memoryview(b"ab"))), sorted(memoryview(b"cab")))
try:
    m < m
except TypeError as e:
    print(e)
print(sorted(dir(memoryview)))
