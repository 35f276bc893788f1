# A dict display evaluates its keys and values, then builds the dict (BUILD_MAP): keys
# are hashed after every value is in. Past 15 pairs the compiler adds each pair as it
# comes (MAP_ADD); `**m` splits the display into runs merged with DICT_UPDATE.
import gc


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __repr__(self):
        return f"K{self.n}"


def v(n):
    print("value", n)
    return n


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Boom:
    def __hash__(self):
        raise TypeError("unhashable Boom")


def pairs():
    d = {K(1): v(1), K(2): v(2)}
    print(d)
    print({"a": v(3), K(4): v(4), "c": v(5)})
    print({K(1): v(1), K(1): v(2)})


def duplicates():
    d = {"x": D("first"), "x": D("second")}
    print("built", d["x"].name)


def unpacking():
    m = {K(7): 7}
    print({K(5): v(5), **m, K(6): v(6)})
    print({**m, K(8): v(8)})
    try:
        {K(9): v(9), **3}
    except TypeError as e:
        print("TypeError", e)


def raising():
    try:
        {"x": D("a"), Boom(): v(6), "y": D("b")}
    except TypeError as e:
        print("caught", e)
    try:
        {"x": D("c"), "y": v(1 / 0), "z": D("d")}
    except ZeroDivisionError as e:
        print("caught", e)


def big(n):
    src = "{" + ", ".join(f"K({i}): v({i})" for i in range(n)) + "}"
    d = eval(src)
    print(n, len(d))


def counts():
    gc.collect()
    before = gc.get_count()[0]
    d = {"a": [], "b": []}
    return gc.get_count()[0] - before


pairs()
duplicates()
unpacking()
raising()
for n in (15, 16, 17):
    big(n)
print(counts())
print({K(1): v(1), K(2): v(2)})  # module level


# dict(d), d.update(d2) and {**d} find each key by the hash d stored: no __hash__ call.
class Loud(K):
    def __eq__(self, other):
        print("eq", self.n)
        return isinstance(other, K) and other.n == self.n

    __hash__ = K.__hash__


m = {Loud(7): 7, "a": 1}
d = {Loud(5): 5}
d.update(m)
print(len(d))
x = dict(m)
x.update(x)
y = {Loud(7): 0}
y.update(m)
print(len(x), len(y), {**m, **y} == {**y, **m})
print(len(m.copy()), len(m | y), m == y, y == m)
