# open() in binary mode: bytes in and out, the Buffered* objects, seek/tell/truncate.
NAME = "_scratch_open_binary.bin"

f = open(NAME, "wb")
print(repr(f), f.name, f.mode, f.closed, type(f).__name__)
print(f.write(b"line one\r\n"), f.write(bytearray(b"\x00\xff\n")), f.write(b"last"), f.tell())
f.writelines([b"!", bytearray(b"?")])
f.close()

with open(NAME, "rb") as f:
    print(repr(f), f.mode, type(f).__name__)
    data = f.read()
    print(data, len(data), f.read(), f.tell())
with open(NAME, "rb") as f:
    print(f.read(4), f.read(5), f.tell(), f.readline(), f.readline(2), f.readlines())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(3), f.seek(100), f.read())
    print(f.readlines(1))

with open(NAME, "ab") as f:
    print(repr(f), f.mode, f.tell(), f.write(b"+tail"))
with open(NAME, "r+b") as f:
    print(repr(f), f.mode, type(f).__name__)
    print(f.read(4))
    f.seek(0)
    f.write(b"LINE")
    f.seek(0)
    print(f.read(9))
    print(f.truncate(12), f.tell())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w+b") as f:
    print(f.mode, f.read(), f.write(bytes(range(5))), f.seek(0), f.read())
with open(NAME, "rb") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)

# Text written with one encoding, read back as bytes and decoded.
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café\n")
with open(NAME, "rb") as f:
    raw = f.read()
print(raw, raw.decode("latin-1"))
with open(NAME, "w") as f:
    f.write("café\n")
with open(NAME, "rb") as f:
    raw = f.read()
print(raw, raw.decode())

with open(NAME, "wb"):
    pass
