class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(bool(B(True)), not B(False), B(True) and "yes", B(False) or "no")
if B(True):
    print("truthy")
try:
    bool(type("X", (), {"__bool__": lambda s: 1})())
except TypeError as e:
    print(e)
class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
    def __repr__(self): return f"H<{self.k}>"
    def __str__(self): return f"h:{self.k}"
s = {H(1), H(1), H(2)}
print(len(s), sorted(s, key=lambda h: h.k), str(H(3)), [H(4)], f"{H(5)}", f"{H(5)!r}")
print(hash(H(-1)) == hash(-1), {H("a"): 1}[H("a")])
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec): return f"F[{spec}]"
print(format(F(), "abc"), f"{F():>10}", "{:x}".format(F()))
class R:
    def __repr__(self): return "R()"
print(str(R()), repr(R()), [R()], (R(),))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
