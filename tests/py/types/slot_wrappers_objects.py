# Slot wrappers as objects (wrapper_descriptor, method-wrapper), and what subclasses of
# builtins do with them: super().__add__(...), inherited slots, overrides.
import gc

print(int.__add__, str.__add__, list.__len__, object.__eq__, type(None).__bool__)
print(type(int.__add__).__name__, type((3).__add__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
m = (3).__add__
print(m.__self__, m.__name__, m.__qualname__, m(4))
print((3).__add__ == (3).__add__, (3).__add__ == (4).__add__, gc.is_tracked(m))
print(type(list.__getitem__).__name__, type(dict.__getitem__).__name__,
      type(dict.__len__).__name__, type(set.__contains__).__name__,
      type(list.__contains__).__name__, type(range.__reversed__).__name__)
print(callable(int.__add__), callable(m), int.__add__.__get__(5)(1))
print(int.__add__ is int.__dict__["__add__"], "__add__" in dir(3), "__neg__" in dir(2.5))


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __repr__(self):
        return f"Money({int(self)})"


print(Money(3) + 4, 4 + Money(3), Money(3) + Money(4), Money(3) - 1)
print(type(Money(3) * 2).__name__, -Money(3), bool(Money(0)))


class Name(str):
    def __add__(self, other):
        return Name(super().__add__(other).title())

    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)

    __hash__ = str.__hash__


print(repr(Name("ada") + " lovelace"), Name("ada") == "ADA", Name("ada") == 3)


class Bag(list):
    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)

    def __getitem__(self, i):
        return super().__getitem__(i) * 10


b = Bag([1])
b += (2, 3)
print(b, b[1], len(b), type(b).__name__)


class Flags(set):
    def __or__(self, other):
        return Flags(super().__or__(other))


f = Flags({1}) | {2}
print(sorted(f), type(f).__name__, type(Flags({1}) & {1}).__name__)


class Vec(tuple):
    pass


print(Vec((1, 2)) + (3,), (0,) + Vec((1,)), Vec((1,)) * 2, Vec((1, 2)) == (1, 2))
print(int.__eq__(3, True), float.__lt__(1.5, 2), str.__lt__("b", "a"))
print(sorted([3, 1, 2], key=int.__neg__), list(map(int.__add__, [1, 2], [10, 20])))
print(hash((3).__add__) == hash((3).__add__), hash(m) == hash(m), {(3).__add__: 1}[(3).__add__])
