"""References held while C code calls back into Python, as in CPython 3.11: a builtin
called by map() borrows the item (no reference of the call's own); str.format, a
METH_VARARGS|METH_KEYWORDS method, keeps its arguments in a tuple and a dict; set.add
hashes the key before the set takes its reference, where a dict takes its references
first."""
import sys


def rc(o):
    return sys.getrefcount(o) - 1


class F:
    def __format__(self, spec):
        print("format", rc(self))
        return "F"

    def __hash__(self):
        print("hash", rc(self))
        return 1

    def __eq__(self, other):
        print("eq", rc(self))
        return True

    def __repr__(self):
        print("repr", rc(self))
        return "F"


f = F()
"{}".format(f)
"{x}".format(x=f)
format(f, "")
f"{f}"
"%r" % (f,)
d = {}
d[f] = 1
d.get(f)
s = set()
s.add(f)
s2 = set()
s2.add(f)
print(f in s)
{f}
set([f])
frozenset([f])
s.discard(f)
list(map(repr, [f]))
print(repr(f))


class Collides:
    def __hash__(self):
        print("collides hash", rc(self))
        return 1

    def __eq__(self, other):
        print("collides eq", rc(self), rc(other))
        return False


c1, c2 = Collides(), Collides()
cs = {c1}
cs.add(c2)  # set_add_entry holds the new key while __eq__ compares
cd = {c1: 1}
cd[c2] = 2
