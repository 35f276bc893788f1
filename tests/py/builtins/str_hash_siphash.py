"""str and bytes hash with SipHash-1-3 under the run's hash secret (PYTHONHASHSEED; the
goldens run with 0), so hash() values and the order of sets of strings are python3's."""
print(hash("a"), hash("ab"), hash(""), hash("é"), hash("€"), hash("😀"), hash("x" * 100))
print(hash(b"ab") == hash("ab"), hash(b""), hash(("a", 1)), hash(frozenset()) == hash(frozenset()))
print(set("hello"), set("mississippi"))
words = "the quick brown fox jumps over the lazy dog".split()
u = set(words)
print(u, len(u))
u.discard("fox")
u.add("cat")
print(u, sorted(u))
s = set()
for w in ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]:
    s.add(w)
print(s, s.pop(), s)
mixed = set()
for x in ["x", 1, 2.5, ("t", 1), "é", "€", "😀"]:
    mixed.add(x)
print(mixed)
print({w: len(w) for w in words})
print(set(w.upper() for w in words) - set("THE FOX".split()))
