# A set looked for in a set (in, discard, remove) is looked for as the frozenset of its
# members (set_contains's retry); hashing it anywhere else still fails.
s = {frozenset({1, 2}), frozenset()}
print({1, 2} in s, {3} in s, set() in s, {2, 1} in frozenset(s))
s.discard({1, 2})
print(sorted(map(sorted, s)))
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)
s.remove(set())
print(s)
for bad in ({1: 2}, [1]):
    try:
        print(bad in s)
    except TypeError as e:
        print("TypeError", e)
try:
    {1} in {1: 2}
except TypeError as e:
    print("TypeError", e)
try:
    s.add({1})
except TypeError as e:
    print("TypeError", e)
