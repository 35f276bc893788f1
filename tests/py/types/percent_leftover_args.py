# printf-style formatting with arguments left over: an error unless the argument is a
# mapping (anything with __getitem__ except a tuple or a str).


class G:
    def __getitem__(self, k):
        return 1


class M(dict):
    pass


for fmt, a in [("x", 1), ("x", "a"), ("x", [1]), ("x", ()), ("x", (1,)), ("x", {"a": 1}),
               ("x", {}), ("x", M()), ("x", G()), ("%s", (1, 2)), ("%s %s", (1, 2)),
               ("%(a)s", {"a": 5, "b": 6}), ("%d", 3), ("%s", [1, 2]), ("%%", ()), ("%%", 5)]:
    try:
        print(repr(fmt % a))
    except TypeError as e:
        print(type(a).__name__, "TypeError:", e)
for a in [1, b"a", [1], (), (1,), {"a": 1}, {}]:
    try: print(repr(b"x" % a))
    except TypeError as e: print(type(a).__name__, e)
