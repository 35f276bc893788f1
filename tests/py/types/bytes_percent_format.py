# printf-style formatting of bytes (PEP 461).
print(b"%s and %d" % (b"x", 3))
print(b"%r %a" % (b"q", "é"))
print(b"%5.2f|%x|%X|%o|%c|%c" % (1.5, 255, 255, 8, 65, b"z"))
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 42})
print(b"%-6s|%6s|%06d|%+d|% d" % (b"ab", b"cd", 42, 5, 7))
print(b"100%% %b" % bytearray(b"sure"))
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__)
print(b"%.2s" % b"abcdef", b"%e" % 12345.678, b"%g" % 0.5)


class B:
    def __bytes__(self):
        return b"custom"


print(b"%s" % B())
for fmt, args in [
    (b"%s", "str"),
    (b"%d", "x"),
    (b"%c", 300),
    (b"%c", "a"),
    (b"%x", 1.5),
    (b"%s %s", (b"one",)),
    (b"%s", (b"a", b"b")),
]:
    try:
        print(fmt % args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
