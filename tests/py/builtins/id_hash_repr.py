a = []
b = []
print(id(a) == id(a), id(a) != id(b), a is not b)
x = object()
ix = id(x)
del x
y = object()
print(id(y) == ix)
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [None, 0, -1, 2**64, 1.5, -0.5, 1e100]:
    print(repr(v), hash(v) == hash(v))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1e20) == hash(10**20))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr([None, "s", 1.0]), repr(()), repr((1,)))
print(str(1), str("s"), str([1, "s"]), str(None), str(b := 2), b)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
