# str.encode and bytes.decode: UTF-8, ASCII, Latin-1, error handlers and the exceptions.
text = "héllo wörld €"
u = text.encode()
print(u, len(u), u.decode() == text)
print(text.encode("utf-8") == text.encode("UTF8") == text.encode("utf_8"))
print("plain".encode("ascii"), "café".encode("latin-1"), "café".encode("latin1").decode("latin-1"))
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3\xa9".decode("utf-8"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"abc", encoding="ascii"), str(bytearray(b"xyz"), "ascii"), str(b"abc"))
print("a\U0001f600b".encode(), b"a\xf0\x9f\x98\x80b".decode())
print("aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"), "aé€".encode("ascii", "backslashreplace"))
print("aé€".encode("ascii", "xmlcharrefreplace"), "a€".encode("latin-1", "replace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
print(repr(b"a\x80".decode("utf-8", "surrogateescape")), repr(b"\xe2\x82".decode("utf-8", "replace")))
for call in [
    lambda: b"\xff".decode(),
    lambda: b"ab\xe2\x82".decode(),
    lambda: b"\xe9abc".decode("utf-8"),
    lambda: b"a\xed\xa0\x80".decode(),
    lambda: b"\xc0\x80".decode(),
    lambda: b"ok\x80".decode("ascii"),
    lambda: "aé".encode("ascii"),
    lambda: "aéé!".encode("ascii"),
    lambda: "€".encode("latin-1"),
    lambda: "x\U0001f600".encode("latin-1"),
    lambda: "\ud800".encode(),
    lambda: "x".encode("no-such"),
    lambda: b"x".decode("no-such"),
    lambda: "é".encode("ascii", "no-such-handler"),
    lambda: str("x", "utf-8"),
    lambda: str(3, "utf-8"),
]:
    try:
        print(repr(call()))
    except UnicodeError as e:
        print(type(e).__name__, e)
        print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"xyz", 1, 3, "made up")
print(e, repr(e), e.args)
e = UnicodeEncodeError("ascii", "xyz", 0, 1, "made up")
print(e, e.start, e.end)
try:
    UnicodeDecodeError("x")
except TypeError as t:
    print("TypeError", t)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
try:
    b"\xff".decode()
except ValueError as v:
    print("caught as ValueError:", type(v).__name__)
