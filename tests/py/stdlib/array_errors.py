"""array.array's errors, with CPython's exact messages: item conversion for every typecode
(range per C type, floats and str into integer arrays, non-numbers into float arrays,
'u' items), bad typecodes and initializers, index and slice errors, mixed typecodes in
+, += and slice assignment, methods' argument errors, unhashability."""
import array


class Ix:
    def __index__(self):
        return 7


class OnlyInt:
    def __int__(self):
        return 7


class Fl:
    def __float__(self):
        return 2.5


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


VALUES = [0, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64 - 1, 2**64, 10**400, 1.5, 3.0, "1", None, True, Ix(), OnlyInt(),
          Fl(), 1 + 2j, 1e300]
for tc in "bBhHiIlLqQfd":
    for v in VALUES:
        attempt(f"{tc} {type(v).__name__} {v!r:.30}" if type(v) in (int, float, str, bool, complex) else f"{tc} {type(v).__name__}",
                lambda: array.array(tc, [v])[0])
for v in ["a", "ab", "", 1, b"a", "\U0001F600"]:
    attempt(f"u {v!r}", lambda: array.array("u", [v]))

# The same checks on __setitem__, append, insert, extend, fromlist
a = array.array("b", [1, 2])
attempt("setitem", lambda: a.__setitem__(0, 300))
attempt("append", lambda: a.append(-300))
attempt("insert", lambda: a.insert(0, 1.0))
attempt("extend", lambda: a.extend([1, 2, 500]))
print(a)
attempt("fromlist", lambda: a.fromlist([1, 2, 500]))
print(a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))

# Constructor errors
attempt("no args", lambda: array.array())
attempt("bad code", lambda: array.array("x"))
attempt("long code", lambda: array.array("bb"))
attempt("int code", lambda: array.array(1))
attempt("too many", lambda: array.array("b", [], 3))
attempt("kw", lambda: array.array("b", initializer=[]))
attempt("str init", lambda: array.array("b", "abc"))
attempt("u from bytes", lambda: array.array("u", b"ab"))
attempt("not iterable", lambda: array.array("b", 5))
attempt("bytes not multiple", lambda: array.array("i", b"abc"))
attempt("array to u", lambda: array.array("u", array.array("b")))
attempt("u array to b", lambda: array.array("b", array.array("u", "a")))
attempt("w code", lambda: array.array("w"))

# Index and slice errors
a = array.array("i", [1, 2, 3])
attempt("index", lambda: a[3])
attempt("neg index", lambda: a[-4])
attempt("str index", lambda: a["x"])
attempt("float index", lambda: a[1.0])
attempt("set index", lambda: a.__setitem__(5, 1))
attempt("del index", lambda: a.__delitem__(5))
attempt("slice other code", lambda: a.__setitem__(slice(0, 1), array.array("b", [1])))
attempt("slice list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("ext slice size", lambda: a.__setitem__(slice(0, 3, 2), array.array("i", [1, 2, 3])))
attempt("zero step", lambda: a[::0])
attempt("pop empty", lambda: array.array("b").pop())
attempt("pop range", lambda: a.pop(10))
attempt("pop str", lambda: a.pop("x"))
attempt("remove", lambda: a.remove(42))
attempt("index missing", lambda: a.index(42))
attempt("index range", lambda: a.index(1, 1))
attempt("insert str", lambda: a.insert("x", 1))
attempt("insert arity", lambda: a.insert(1))
attempt("append arity", lambda: a.append())
attempt("count arity", lambda: a.count())

# Mixed typecodes and other types
attempt("add code", lambda: a + array.array("b"))
attempt("add list", lambda: a + [1])
attempt("radd list", lambda: [1] + a)
attempt("iadd code", lambda: a.__iadd__(array.array("b")))
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("extend code", lambda: a.extend(array.array("d")))
attempt("mul float", lambda: a * 1.5)
attempt("mul str", lambda: a * "x")
attempt("lt list", lambda: a < [1])
attempt("hash", lambda: hash(a))
attempt("frombytes str", lambda: a.frombytes("abc"))
attempt("frombytes odd", lambda: a.frombytes(b"abc"))
attempt("fromunicode b", lambda: a.fromunicode("x"))
attempt("fromunicode int", lambda: array.array("u").fromunicode(1))
attempt("tounicode b", lambda: a.tounicode())
attempt("byteswap u", lambda: array.array("u", "ab").byteswap())
attempt("typecode set", lambda: setattr(a, "typecode", "b"))
attempt("attr", lambda: a.nope)
print(a)

# Sizes that do not fit a C ssize_t, and memory that cannot be had
b = array.array("b", [1, 2])
attempt("insert big", lambda: b.insert(2**70, 5))
attempt("pop big", lambda: b.pop(2**70))
attempt("getitem big", lambda: b[2**70])
attempt("mul big", lambda: b * 2**70)
attempt("mul neg big", lambda: b * -2**70)
attempt("imul huge", lambda: b.__imul__(2**62))
attempt("mul empty huge", lambda: array.array("d") * 2**62)
attempt("index big stop", lambda: b.index(2, 0, 2**70))
print(b)
