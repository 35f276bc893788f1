"""Float arithmetic stored into a local or a list slot whose old float nothing else holds:
aliases, ids, containers, subclasses and frames must see CPython's values."""
import sys
import gc


def aliases():
    x = 1.5
    y = x * 1.0
    x = x * 2.0  # y and x distinct objects
    z = x
    x = x + 1.0  # z keeps the old value
    print(x, y, z, z is x)
    w = x * 1.0
    keep = [w]
    w = w + 10.0  # the list keeps the old float
    print(w, keep)


def ids():
    a = 2.5 * 2.0
    before = id(a)
    a = a + 1.0
    print(a, id(a) != before or "same id is possible", sys.getrefcount(a))


def augmented():
    t = 0.5 * 3.0
    u = t
    t += 1.0
    print(t, u)
    t *= 2.0
    print(t)
    t -= t * 0.5
    print(t)


def lists():
    v = [0.25 * 2.0, 1.5 * 1.0, 2.0 * 1.0]
    same = v[0]
    v[0] -= 0.125
    print(v, same)
    v[1] += v[2] * 2.0
    print(v)
    shared = 3.0 * 1.0
    w = [shared, shared]
    del shared
    w[0] += 1.0
    print(w, w[0] is w[1])
    v[-1] *= 0.5
    print(v)


class Loud(list):
    def __setitem__(self, i, value):
        print("setitem", i, value, "old", self[i])
        super().__setitem__(i, value)


def subclass():
    s = Loud([1.0 * 2.0, 3.0])
    s[0] += 1.0
    print(s)


class Obj:
    pass


def attributes():
    o = Obj()
    o.x = 1.25 * 2.0
    old = o.x
    o.x += 1.0
    print(o.x, old)


def frames():
    def inner():
        q = 4.0 * 1.0
        snapshot = locals()
        q = q * 2.0
        return snapshot["q"], q
    print(inner())


def loop():
    acc = 0.0
    for i in range(5):
        acc = acc + i * 0.5
        acc = acc * 1.0
    print(acc)


def counts():
    gc.collect()
    x = 1.0 * 3.0
    for _ in range(3):
        x = x * 1.5
    print(x)


aliases()
ids()
augmented()
lists()
subclass()
attributes()
frames()
loop()
counts()
