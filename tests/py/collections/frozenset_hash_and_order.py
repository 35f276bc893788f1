"""hash(frozenset) is CPython's frozenset_hash (the members' shuffled hashes XORed, the
size factored in, then dispersed), so frozensets of numbers, strs and tuples hash as in
python3, and a set of such frozensets iterates, prints and pops in CPython's order."""

print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 5.5})))
print(hash(frozenset({-1})), hash(frozenset({2**62, -2**63})), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset()})), hash((frozenset({1}), 2)))
print(hash(frozenset({True, 0.5, 10**20})))
fs = frozenset({1, 2})
print(hash(fs) == hash(frozenset([2, 1])), hash(fs) == hash(fs), fs == frozenset([2, 1]))


class F(frozenset):
    pass


print(hash(F({1, 2})) == hash(fs), {fs: 1}[frozenset({1, 2})])

print({frozenset({1}), frozenset({2}), frozenset({1, 2})})
s = {frozenset({i, i + 1}) for i in range(12)}
print(s)
print({(frozenset({3}), 1), (frozenset(), 2), frozenset({(1, 2)})})
g = {frozenset({1.5, 1}), frozenset({2.5}), frozenset({frozenset({1})})}
print(g, frozenset({frozenset({1})}) in g, frozenset({1.0, 1.5}) in g)
t = set(s)
t.discard(frozenset({0, 1}))
t.add(frozenset({100}))
print(t)
print(t.pop(), t.pop())
print(frozenset({frozenset({1, 2}), frozenset({3})}))
print(sorted(len(x) for x in {frozenset(range(n)) for n in range(20)}))
