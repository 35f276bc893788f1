"""Key equality in small dicts (a handful of keys) and across their growth into larger
ones: numbers equal across int, float and bool, -0.0, NaN, big integral floats, str
subclasses, hashed keys mixed in, deletions and re-insertions, and the arithmetic fast
paths (int/float mixes, list items) that feed them."""


class S(str):
    pass


class H(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, str) and str(self) == str(other)


def show(d):
    print(len(d), list(d.items()))


d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
show(d)
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
show(d)
nan = float("nan")
d[nan] = "nan"
d[nan] = "same nan"
d[float("nan")] = "other nan"
print(len(d), d[nan])
d[2**60] = "big int"
d[2.0**60] = "big float"
d[2**53 + 1] = "odd"
print(len(d), d[2**60], d[2**53 + 1], (2.0**53 + 1) in d)
print(d.get(2**53), d.get(1.5))

s = {}
s["ab"] = 1
s[S("ab")] = 2
s[H("ab")] = 3
s[("ab",)] = 4
show(s)
print(s["ab"], s[S("ab")], ("ab",) in s, H("zz") in s)

# Growing past the small size with deletions in between; order and lookups survive.
g = {}
for i in range(20):
    g[f"k{i}"] = i
    if i % 3 == 0:
        del g[f"k{i // 2}"]
show(g)
for i in range(20):
    g.pop(f"k{i}", None)
    g[f"k{i}"] = -i
print(list(g)[:5], g["k19"], len(g))
g.clear()
g[1.0] = "a"
g[1] = "b"
show(g)

# Attribute dicts: many attributes, deleted and added back, read through one site.


class O:
    pass


def read(o, n):
    return [getattr(o, f"a{i}") for i in range(n)]


o = O()
for i in range(12):
    setattr(o, f"a{i}", i)
print(read(o, 12))
for i in range(0, 12, 2):
    delattr(o, f"a{i}")
for i in range(0, 12, 2):
    setattr(o, f"a{i}", i * 10)
print(read(o, 12), list(vars(o))[:4])

# Arithmetic fast paths: same results and errors as the general path.
print(1 + 2.5, 2.5 - 1, 3 * 0.5, 7 / 2, 7.0 / 2, -0.0 + 0, 0.0 * -1, 2**53 + 1.0)
print(10**20 + 1.5, 1.5 * 10**20, 10**400 // 3 % 10)
for a, b in [(1.0, 0), (1, 0.0), (1.0, 0.0), (0, 0)]:
    try:
        a / b
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
try:
    10**400 + 1.0
except OverflowError as exc:
    print("OverflowError:", exc)
x = 1.5
x += 2
x *= 2
x -= 0.5
x /= 2
print(x)
n = 5
n += 2.5
print(n)
lst = [0.0, 1.0, 2.0]
lst[0] += 1
lst[-1] *= 3
lst[1] -= lst[2]
print(lst, lst[-3], lst[True])
for bad in (3, -4, 1.0, "0"):
    try:
        lst[bad] = 0
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
    try:
        lst[bad]
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
t = (1, 2, 3)
print(t[0], t[-1], t[True])
try:
    t[3]
except IndexError as exc:
    print("IndexError:", exc)
