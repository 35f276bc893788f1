"""hash() of tuples (3.11's tuplehash) and of ranges, and the order of sets of floats and of
tuples of numbers: CPython's table order, not insertion order."""
print(hash((1, 2, 3)), hash((1,)), hash(()), hash((-1, -2)), hash((2**61, 2**64, -2**70)))
print(hash((1.5, 2.25, -0.5)), hash(((1, 2), (3, (4, 5)))), hash((True, False, 1.0)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(range(5)), hash(range(2, 20, 3)))
print({(1, 2), (3, 4), (5, 6), (0, 1)})
print({1.5, 2.5, 0.1, -3.25, 1e100, 7.0})
print({(i, j) for i in range(4) for j in range(3)})
s = {(0, 0), (1, 0), (0, 1)}
s.add((1, 1)); s.discard((0, 0)); s |= {(2, 2), (5.5, 1)}
print(s, s.pop(), s)
print({1, 1.0, True, (1,), (1.0,)})
print(frozenset({(3, 1), (1, 3)}), {x / 4 for x in range(12)})
visited = set()
for x in range(-3, 4):
    for y in range(-3, 4):
        if abs(x) + abs(y) <= 3:
            visited.add((x, y))
print(list(visited)[:12], len(visited))
class T(tuple): pass
class H(tuple):
    def __hash__(self): return 42
class I(int): pass
print(hash(T((1,2))) == hash((1,2)), hash(H((1,))), hash(I(2**62)), hash(T((2**62, 1.5))))
