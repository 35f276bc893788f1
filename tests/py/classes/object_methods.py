"""object's own slot methods — __repr__, __eq__, __ne__ (inverting self's ==), the ordering
comparisons, __format__ and __subclasshook__ — are there to call (super().__repr__(),
object.__eq__(a, b)), and still stand for "no override" in builtin subclasses."""
class A:
    def __init__(self, v): self.v = v
    def __repr__(self):
        return "A(" + super().__repr__()[:12] + ")"
    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v
    __hash__ = object.__hash__
class B:
    pass
b = B()
print(repr(A(1)), A(1) == A(1), A(1) != A(2), A(1) != A(1))
print(object.__eq__(b, b), object.__eq__(b, 1), object.__ne__(b, b), object.__ne__(b, 1))
print(object.__ne__(A(1), A(1)), object.__lt__(b, b))
print(B.__eq__ is object.__eq__, B.__repr__ is object.__repr__, sorted(object.__dict__) == sorted(dir(object)) or len(dir(object())))
print(format(b, ""), f"{b!s:}"[:10])
try:
    format(b, "x")
except TypeError as e:
    print(e)
try:
    object.__format__(b, 3)
except TypeError as e:
    print(e)
class L(list):
    pass
print(repr(L([1, 2])), L([1]) == L([1]), L([1]) != [1], f"{L([3])}")
class I(int): pass
print(f"{I(5):03d}", I(5) == 5, {I(3): 1}[3])
class S(str): pass
print({S("k"): 1}["k"], format(S("ab"), ">4"))
print(B.__subclasshook__(), object.__subclasshook__())
class C:
    def __eq__(self, o): return "eq-called"
print(object.__ne__(C(), 1), C() != 1)
print(super(A, A(1)).__eq__(A(1)), super(A, A(1)).__ne__(3))
