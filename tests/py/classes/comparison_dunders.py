class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    __hash__ = None
    def __repr__(self): return f"V({self.v})"
a, b = V(1), V(2)
print(a == b, a != b, a < b, b > a, a <= b, b >= a)
print(a == 1, 1 == a)
print(sorted([V(3), V(1), V(2)]))
try:
    hash(a)
except TypeError as e:
    print(e)
class N:
    pass
try:
    N() < N()
except TypeError as e:
    print(e)
class R:
    def __gt__(self, o):
        print("R.gt")
        return True
print(N.__lt__ if False else None, 1 < R(), N() == N())
class OnlyEq:
    def __eq__(self, o): return NotImplemented
x = OnlyEq()
print(x == x, x != x, x == 1)
