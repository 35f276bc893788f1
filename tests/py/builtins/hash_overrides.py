# A class's own __hash__ wins over its builtin base's: object.__hash__ in an int or dict
# subclass, super().__hash__(), values past 53 bits printed exactly.
class I(int): __hash__ = object.__hash__
i = I(5); print(hash(i) == id(i) >> 4, {5: 'a'}.get(i))
class D(dict): __hash__ = object.__hash__
print(hash(D()) != 0)
class L(list): __hash__ = object.__hash__
print(hash(L()) != 0)
class T(tuple):
    def __hash__(self): return super().__hash__()
print(hash(T((1,))) == hash((1,)))
class J(int):
    def __hash__(self): return super().__hash__()
print(hash(J(2**60 + 1)), {J(3): 'x'}.get(3))
class K:
    def __hash__(self): return 2**62 + 1
print(hash(K()))
class Big:
    def __hash__(self): return 2**70
print(hash(Big()))
class G(int): pass
print(hash(G(7)), {7: 1}[G(7)])
