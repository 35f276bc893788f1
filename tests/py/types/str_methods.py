s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), "ab cd".title())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.count(""))
print(s.startswith("He"), s.endswith(("x", "ld")), s.replace("l", "L", 2), s.split(", "))
print("a,b,,c".split(","), " a  b ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("x\ny\r\nz".splitlines(), "x\ny\n".splitlines(True), "-".join(["a", "b", "c"]))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a\tb".expandtabs(4), "abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace())
print("Ab".isupper(), "ab".islower(), "Title Case".istitle(), "x".isidentifier(), "12".isdecimal())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("z"))
print("hello"[1:4], "hello"[::-1], "hello"[-1], "hello"[::2], len("héllo"))
print("abc" * 3, "a" in "cat", "ab" < "b", ord("é"), chr(0x263A), "ß".upper())
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("{} and {}".format(1, 2), "%s-%r" % ("a", "a"), repr("it's"), repr('"q"'))
print(repr("a\nb\t\x00\u00e9\U0001F600"), ascii("é😀"), "tab\\", "Straße".casefold())
t = str.maketrans("ab", "xy", "c")
print("aabbcc".translate(t), "x".join("abc"), str(12), str(), "abc".index("c"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
print(sorted("hello"), list(reversed("abc")), min("hello"), "".join(map(str.upper, "abc")))
print("a b".split(" "), "%5.2f|%-5d|%05d|%x|%X|%o|%e|%c|%%" % (3.14159, 42, 42, 255, 255, 8, 12345.678, 65))
print("%(a)s %(b)d" % {"a": "x", "b": 2}, "%+d % d" % (5, 5), "%.3s" % "abcdef", "%*d" % (5, 3))
