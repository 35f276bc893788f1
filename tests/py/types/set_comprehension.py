words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), {len(w) for w in words} == {5, 7, 6, 9})
letters = {c for w in words for c in w}
print(len(letters), sorted(letters)[:5])
a, b = set("hello"), set("world")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
seen = set()
unique = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(unique, sorted(seen))
