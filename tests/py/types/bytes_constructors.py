# bytes() and bytearray() from every kind of source.
print(bytes(), bytearray())
print(bytes(3), bytearray(2))
print(bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)))
print(bytearray([65, 66]), bytearray((0, 255)), bytearray(range(3)))
print(bytes(iter([104, 105])), bytearray(x for x in (120, 121)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytearray(b"ab"), bytearray(bytearray(b"cd")))
print(bytes("héllo", "utf-8"), bytes("héllo", encoding="latin-1"), bytearray("€", "utf-8"))
print(bytes("abc", "ascii", "strict"), bytes(source=b"kw"))
print(bytes([True, False]), bytes(True))


class Idx:
    def __index__(self):
        return 66


print(bytes([Idx()]), bytes(Idx()) == bytes(66))


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


print(bytes(HasBytes()))

b = b"same"
print(bytes(b) is b)
ba = bytearray(b"new")
print(bytearray(ba) is ba, bytearray(ba) == ba)

for make in [
    lambda: bytes("x"),
    lambda: bytes(-1),
    lambda: bytes(1.5),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes("x", "no-such-codec"),
    lambda: bytes(b"x", "utf-8"),
    lambda: bytes(3, "utf-8"),
    lambda: bytes(x=3),
    lambda: bytearray(None),
    lambda: bytearray("abc"),
    lambda: bytearray([300]),
    lambda: bytes(object()),
]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
