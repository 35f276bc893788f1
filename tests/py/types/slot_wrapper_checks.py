# What slot wrappers check before the slot runs (argument counts and keywords), `!=` on
# a subclass of a builtin that overrides only __eq__, and `in` over a range.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


show("'a'.__len__(1)", lambda: "a".__len__(1))
show("(1).__repr__(1)", lambda: (1).__repr__(1))
show("[].__iter__(1)", lambda: [].__iter__(1))
show("'ab'.__contains__()", lambda: "ab".__contains__())
show("(1,).__contains__()", lambda: (1,).__contains__())
show("(3).__add__(x=1)", lambda: (3).__add__(x=1))
show("(1).__lt__(other=2)", lambda: (1).__lt__(other=2))
show("(3).__neg__(x=1)", lambda: (3).__neg__(x=1))
show("(2).__pow__(1, 2, 3)", lambda: (2).__pow__(1, 2, 3))
show("(2).__pow__()", lambda: (2).__pow__())
show("[1].__setitem__(0)", lambda: [1].__setitem__(0))
show("[].__setitem__(1, 2, 3)", lambda: [].__setitem__(1, 2, 3))
show("str.__mul__('ab')", lambda: str.__mul__("ab"))
show("(1).__int__(1)", lambda: (1).__int__(1))
show("(1).__getattribute__()", lambda: (1).__getattribute__())
show("int.__add__.__get__()", lambda: int.__add__.__get__())


class AlwaysEqualInt(int):
    __eq__ = lambda self, other: True
    __hash__ = None


class AlwaysEqualDict(dict):
    def __eq__(self, other):
        return True


class AlwaysEqual:
    def __eq__(self, other):
        return True


show("AlwaysEqualInt(1) != 2", lambda: AlwaysEqualInt(1) != 2)
show("AlwaysEqualInt(1) != 1", lambda: AlwaysEqualInt(1) != 1)
show("AlwaysEqualDict() != {1: 2}", lambda: AlwaysEqualDict() != {1: 2})
show("AlwaysEqual() != 1", lambda: AlwaysEqual() != 1)


class Two:
    def __index__(self):
        return 2


show("[1] * Two()", lambda: [1] * Two())
show("Two() * (1,)", lambda: Two() * (1,))
show("3.0 in range(5)", lambda: 3.0 in range(5))
show("'3' in range(5)", lambda: "3" in range(5))
show("range(5).__contains__(None)", lambda: range(5).__contains__(None))
show("range(5)['a']", lambda: range(5)["a"])
show("b'ab' % bytearray(b'x')", lambda: b"ab" % bytearray(b"x"))
show("'ab' % bytearray(b'x')", lambda: "ab" % bytearray(b"x"))
