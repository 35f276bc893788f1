# bytes literals and repr: CPython's quoting and escapes.
values = [
    b"",
    b"abc",
    b'a\x00\\\'"',
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\t\n\r\x0b\x0c",
    b"\x7f\x80\xff",
    rb"raw\n\x00",
    b"adjacent " b"literals",
    B"upper prefix",
    Rb"\d+",
]
for v in values:
    print(repr(v), len(v), type(v).__name__)

print(b"abc")
print(str(b"x\ty"))
print(f"{b'fmt'} {b'fmt'!r}")
print([b"in", b"a", b"list"], (b"t",))
print({b"k": b"v"})
print(bytearray(b"it's"), repr(bytearray(b'q"')), bytearray())
print(repr(bytearray(b"\x00\xfe")))
print(b"\101\102\103", b"\x41\x42")
print(b"""triple
quoted""")
# The same constant twice is one object.
def f():
    return b"same"
print(f() is f())
print(type(b"").__name__, type(bytearray()).__name__, bytes.__name__, bytearray.__name__)
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(b"", bytearray))
