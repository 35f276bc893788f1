# The common methods of bytes and bytearray.
for b in (b"Hello, World", bytearray(b"Hello, World")):
    print(type(b).__name__)
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.find(b"zz"), b.find(b"o", 5), b.find(b"o", 5, 8))
    print(b.index(b"World"), b.rindex(108), b.count(b"l"), b.count(108), b.count(b""), b.count(b"l", 4))
    print(b.startswith(b"Hell"), b.startswith((b"x", b"H")), b.endswith(b"World"), b.endswith(b"W", 0, 8))
    print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.replace(b"", b"."))
    print(b.split(), b.split(b", "), b.split(b"l"), b.split(b"l", 1), b.rsplit(b"l", 1))
    print(b.partition(b", "), b.rpartition(b"o"), b.partition(b"?"))
    print(b.strip(b"Hd"), b.lstrip(b"eH"), b.rstrip(b"dl"))
    print(b.ljust(15, b"."), b.rjust(14), b.center(16, b"*"), b.zfill(14))
    print(b.hex(), b[:3].hex(":"), b[:5].hex("-", 2), b[:5].hex(" ", -2))
    print(b.isalpha(), b[:5].isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace())
    print(b.islower(), b.lower().islower(), b.upper().isupper(), b.isascii())
    print(b.removeprefix(b"Hello"), b.removesuffix(b"World"), b.removeprefix(b"x"))
    print(b.decode(), b.decode("ascii"), b.decode(encoding="latin-1"))
print(b"  spaced out \t\n".split(), b"  spaced out ".split(None, 1), b"  x  ".rsplit(None, 0))
print(b"  \t strip me \n".strip(), b"xxaxx".strip(b"x"), b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 2))
print(b"line1\nline2\r\nline3\rend".splitlines(), b"a\nb\n".splitlines(True))
print(b", ".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"x", b"y"]), b"".join([]))
print(bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"), bytes.fromhex(""))
print(b"-42".zfill(6), b"+7".zfill(3), b"abc".center(6), b"abc".center(7, b"-"))
s = b"abc"
print(s.strip() is s, s.replace(b"z", b"y"))
for call in [
    lambda: b"abc".find("a"),
    lambda: b"abc".index(b"z"),
    lambda: b"abc".rindex(b"z"),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".split(""),
    lambda: b"abc".split(b""),
    lambda: b"abc".replace("a", "b"),
    lambda: b"abc".strip("a"),
    lambda: b"x".join([b"a", 1]),
    lambda: b"x".join(["a"]),
    lambda: b"ab".hex("::"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("abc"),
    lambda: bytes.fromhex(b"ab"),
    lambda: b"abc".find(256),
    lambda: b"abc".center(5, b"ab"),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
