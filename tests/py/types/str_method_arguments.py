# str methods and ord/enumerate with unusual arguments: fill characters, strip sets,
# Python's whitespace (U+001C..U+001F, U+0085 are, U+FEFF is not), split's maxsplit rest,
# replace with an empty pattern, widths counted in characters.
E = "\U0001f600"
cases = [
    lambda: "ab".center(6, 5), lambda: "ab".center(6, None), lambda: "ab".center(6, b"x"),
    lambda: "ab".center(6, "**"), lambda: "ab".ljust(5, 5), lambda: "ab".rjust(5, ""),
    lambda: "ab".center(7, "x"), lambda: "abc".center(6, "-"), lambda: E.center(5, "*"),
    lambda: "a".ljust(3, E), lambda: "ab".ljust(1), lambda: "ab".center(),
    lambda: "ab".strip(5), lambda: "ab".lstrip(b"a"), lambda: "ab".rstrip(None),
    lambda: "ab".strip([1]), lambda: " \x1c\x1d\x1e\x1fa\x85\u3000 ".strip(),
    lambda: "\ufeffa\ufeff".strip(), lambda: "xyaxy".strip("yx"), lambda: (E + "a" + E).strip(E),
    lambda: "a\x1cb c\x85d".split(), lambda: "  a  b  ".split(None, 1),
    lambda: "  a  b  ".rsplit(None, 1), lambda: "  a b  ".split(None, 0),
    lambda: "  a b  ".rsplit(None, 0), lambda: "   ".split(None, 0), lambda: "abc".split(5),
    lambda: "aaa".replace("", "-"), lambda: "".replace("", "x"), lambda: "aaa".replace("", "-", 2),
    lambda: ("x" + E + "y").replace("", "-"), lambda: "aaa".replace("a", 5),
    lambda: "abc".replace(None, "x"), lambda: "aaa".replace("a", "b", 0),
    lambda: " \x1c".isspace(), lambda: "\ufeff".isspace(), lambda: "\x85\xa0".isspace(),
    lambda: ord(b"A"), lambda: ord(bytearray(b"Z")), lambda: ord([1]), lambda: ord(65),
    lambda: ord(None), lambda: ord(b"AB"), lambda: ord(""), lambda: ord(E),
    lambda: enumerate(), lambda: list(enumerate(iterable="ab")), lambda: list(enumerate("ab", start=3)),
    lambda: enumerate([], 0, 1), lambda: enumerate([], x=1), lambda: list(enumerate("ab", 2**53)),
    lambda: list(enumerate("ab", 10**30)), lambda: enumerate("a", 1.5), lambda: enumerate(5, 1.5),
    lambda: enumerate(start=1), lambda: list(enumerate("ab", True)),
    lambda: {1}.__contains__(), lambda: {"a": 1}.__contains__(), lambda: frozenset().__contains__(),
    lambda: {1}.__contains__(1, 2), lambda: {}.__contains__(1, 2), lambda: {1}.__contains__(x=1),
    lambda: {1}.__contains__(1), lambda: {"a": 1}.__contains__("a"),
]


class S(str):
    pass


s = S("ab")
cases += [lambda: type(s.strip()).__name__, lambda: type(s.ljust(1)).__name__, lambda: "ab".strip() is "ab"]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
