# int.to_bytes / int.from_bytes, bytes.maketrans / translate, expandtabs.
for n, length, order, signed in [
    (1024, 2, "big", False),
    (1024, 2, "little", False),
    (255, 1, "big", False),
    (-1, 2, "big", True),
    (-128, 1, "little", True),
    (0, 0, "big", False),
    (0, 0, "big", True),
    (2**70, 9, "big", False),
    (2**64 - 1, 8, "little", False),
]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed) == n)
print((255).to_bytes(), True.to_bytes(), (65).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x04\x00"), int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytes(range(12)), "big"))
print(bool.from_bytes(b"\x01"), type(bool.from_bytes(b"\x00")).__name__)
for call in [
    lambda: (1024).to_bytes(),
    lambda: (-1).to_bytes(2, "big"),
    lambda: (256).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(0, "big"),
    lambda: (1).to_bytes(2, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes("ab"),
    lambda: int.from_bytes([256]),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

table = bytes.maketrans(b"el", b"ip")
print(len(table), table[:4], table[ord("e")], b"hello".translate(table))
print(b"hello".translate(None, b"l"), bytearray(b"hello").translate(table, b"h"))
print(bytearray.maketrans(b"a", b"b")[97], b"abc".translate(None))
for call in [
    lambda: bytes.maketrans(b"a", b"bc"),
    lambda: b"x".translate(b"short"),
    lambda: b"x".translate("str"),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(2), b"ab\n\tc".expandtabs(4), b"\t".expandtabs(0))
