# Indexing, slicing, len, iteration, membership, concatenation, repetition, comparison.
b = b"abcdef"
print(b[0], b[-1], b[2:4], b[::-1], b[1:5:2], b[:], b[10:], len(b))
print(b[:] is b, b[0:6] is b)
ba = bytearray(b"abcdef")
print(ba[0], ba[-1], ba[2:4], ba[::2], len(ba))
print(list(b"xyz"), [x for x in bytearray(b"\x00\xff")], sum(b"\x01\x02\x03"))
it = iter(b"ab")
print(next(it), next(it), next(it, "done"))
print(98 in b, 120 in b, b"cd" in b, b"" in b, b"ce" in b, bytearray(b"ef") in b, b"ab" in ba)
print(b + b"gh", b + bytearray(b"!"), ba + b"?", type(ba + b"?").__name__, type(b + ba).__name__)
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1, bytearray(b"z") * 3)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"\xff" > b"\x00", b"" <= b"")
print(b"abc" == "abc", b"a" != "a", b"1" == 1)
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash("abc"), hash(b"") == hash(""))
d = {b"one": 1, b"two": 2}
print(d[b"one"], d.get(bytes([116, 119, 111])), b"two" in d)
s = {b"x", b"x", bytes(b"x")}
print(len(s), b"x" in s)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"))
print(bool(b""), bool(b"\x00"), bool(bytearray()), bool(bytearray(1)))
print(b"abc".__len__(), tuple(b"hi"), set(b"aab") == {97, 98})
x, y = b"xy"
print(x, y)
print(b"x" if b"" else b"empty is falsy")
