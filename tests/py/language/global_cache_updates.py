"""A global read in a loop sees every rebinding: by assignment, through globals(), by
del and re-creation, and a builtin shadowed and unshadowed (the reading site caches the
entry it found)."""
import builtins

counter = 0
scale = 1


def read():
    return counter * scale


def bump(n):
    global counter
    for _ in range(n):
        counter += 1


seen = []
for i in range(5):
    seen.append(read())
    bump(i)
    if i == 2:
        globals()["scale"] = 10
print(seen, read())

del counter
try:
    read()
except NameError as e:
    print("NameError:", e)
counter = 7
print(read())

for k in range(40):
    globals()[f"filler{k}"] = k
print(read(), filler39)
for k in range(40):
    del globals()[f"filler{k}"]
counter = 8
print(read())


def uses_len(x):
    return len(x)


print(uses_len("abc"))
len = lambda x: -1  # noqa: E731
print(uses_len("abc"))
del len
print(uses_len("abcd"))
builtins.len, saved = (lambda x: 99), builtins.len
print(uses_len("ab"))
builtins.len = saved
print(uses_len("ab"))
