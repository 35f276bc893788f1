"""Set algebra, comparisons and dict.fromkeys look members up by the hashes their sets (or
dicts) stored (set_contains_entry, set_add_entry, set_discard_entry,
_PyDict_SetItem_KnownHash): a user-defined __hash__ runs when an object first goes into a
set, never again for -, &, ^, their in-place and method forms, issubset, issuperset,
isdisjoint, ==, <=, < or dict.fromkeys. __eq__ still runs where two hashes match. The
reference counts show the key held while it is compared."""
import sys


class K:
    calls = 0

    def __init__(self, n, h=None):
        self.n = n
        self.h = n if h is None else h

    def __hash__(self):
        K.calls += 1
        return self.h

    def __eq__(self, other):
        print("  eq", self.n, other.n, "refs", sys.getrefcount(self) - 1)
        return self.n == other.n

    def __repr__(self):
        return f"K{self.n}"


def show(label, result):
    print(label, sorted(result, key=lambda k: k.n) if not isinstance(result, bool) else result,
          "hash calls", K.calls)
    K.calls = 0


k1, k2, k3, k4 = K(1), K(2), K(3), K(4)
a = {k1, k2, k3}
b = {k2, k4}
# a colliding member: the same hash as k3, not equal to it
c3 = K(33, 3)
c = {c3, k1}
print("built, hash calls", K.calls)
K.calls = 0

show("a - b", a - b)
show("a & b", a & b)
show("a ^ b", a ^ b)
show("a | b", a | b)
show("difference", a.difference(b, c))
show("intersection", a.intersection(b))
show("intersection with collision", a.intersection(c))
show("symmetric_difference", a.symmetric_difference(c))
show("issubset", a.issubset(b))
show("issuperset", a.issuperset({k1}))
show("isdisjoint", a.isdisjoint(c))
show("a == a copy", a == set(a))
show("a <= a | b", a <= (a | b))
show("b < a", b < a)
show("frozenset == set", frozenset(a) == a)

s = set(a)
s -= b
show("-=", s)
s = set(a)
s &= c
show("&=", s)
s = set(a)
s ^= c
show("^=", s)
s = set(a)
s.difference_update(c)
show("difference_update", s)
s = set(a)
s.symmetric_difference_update({k4: 0, k1: 0})
show("symmetric_difference_update(dict)", s)
s = set(a)
s.intersection_update(c)
show("intersection_update", s)

d = dict.fromkeys(a)
show("dict.fromkeys(set)", d)
d = dict.fromkeys(frozenset(b), 0)
show("dict.fromkeys(frozenset)", d)
d2 = dict.fromkeys(d)
show("dict.fromkeys(dict)", d2)
d3 = dict.fromkeys([k1, k2])
show("dict.fromkeys(list) hashes again", d3)


class SubSet(set):
    pass


d4 = dict.fromkeys(SubSet(a))
show("dict.fromkeys(set subclass) hashes again", d4)

# numbers and strings: the same answers
n = {1, 2, 3, 2.5, "x"}
m = {2, 3.0, "x", (1, 2)}
print(sorted(map(str, n - m)), sorted(map(str, n & m)), sorted(map(str, n ^ m)))
print(n.issubset(n | m), m <= n, {1, 2} < {1, 2, 3}, {True} == {1}, {1.0, 2} == {1, 2})
print(sorted(map(str, dict.fromkeys(n ^ m))))
