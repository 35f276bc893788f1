"""Copying and merging sets reuse the hashes the source set stored (set_merge): a
user-defined __hash__ runs once per object, when it first goes into a set, not again for
set(s), frozenset(s), update, | or |=. (The other set operations: set_ops_stored_hashes.)"""


class F:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        print("eq", self.n)
        return self is other


a, b = F(1), F(2)
s = {a, b}
print("copy")
t = set(s)
print("frozen")
fz = frozenset(s)
print("update")
u = set()
u.update(s)
print("or")
v = s | {a}
print("ior")
s |= t
print("in")
print(a in s)
print("list", [x.n for x in s])
print("sizes", len(t), len(fz), len(u), len(v), len(s))
