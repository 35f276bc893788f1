# The builtin types' __hash__ methods (object's by address, int's, str's, tuple's… by
# value), None for the unhashable containers and for a class that defines __eq__ alone.
print((1).__hash__() == hash(1), "a".__hash__() == hash("a"), (1.5).__hash__())
print((1, 2).__hash__() == hash((1, 2)), frozenset([1]).__hash__() == hash(frozenset([1])))
print(range(3).__hash__() == hash(range(3)), True.__hash__(), (2**70).__hash__())
o = object()
print(object.__hash__(o) == hash(o), object.__hash__(3) == hash(3), o.__hash__() == id(o) >> 4)
print([].__hash__, {}.__hash__, set().__hash__, list.__hash__, slice(1).__hash__)


class E:
    def __eq__(self, other):
        return True


print(E.__hash__, E.__dict__["__hash__"])
try:
    hash(E())
except TypeError as e:
    print(e)


class F(E):
    __hash__ = object.__hash__


f = F()
print(hash(f) == id(f) >> 4)


class G(int):
    pass


print(hash(G(5)), {5: "a"}[G(5)], G.__hash__ is int.__hash__, G(5) in {5})


class H(int):
    def __hash__(self):
        return int.__hash__(self) + 1


print(hash(H(5)), H(5) in {5: 1}, super(H, H(5)).__hash__())
try:
    (1).__hash__(2)
except TypeError as e:
    print(e)
