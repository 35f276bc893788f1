# `a, b = x, y` with 1 to 3 items builds no tuple in CPython 3.11; when every target is a
# distinct local of a function the stores run last first (the compiler folds the SWAP),
# so the old value of the last target goes first. Elsewhere they run in target order.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Holder:
    pass


def in_function():
    a, b = D("a0"), D("b0")
    a, b = D("a1"), D("b1")
    print("two done")
    a, b, c = D("a2"), D("b2"), D("c2")
    a, b, c = 1, 2, 3
    print("three done")
    x, = D("x0"),
    x, = 0,
    print("one done")
    p, p = D("p0"), D("p1")
    p = None
    print("same name done")
    h = Holder()
    h.q = D("q0")
    a, h.q = D("a3"), D("q1")
    a, h.q = 0, 0
    print("attribute done")
    a, b, c, d = D("a4"), D("b4"), D("c4"), D("d4")
    a, b, c, d = 1, 2, 3, 4
    print("four done")
    [a, b] = D("a5"), D("b5")
    [a, b] = 0, 0
    print("list target done")
    a, b = b, a
    print(a, b)


in_function()

a, b = D("ma0"), D("mb0")
a, b = D("ma1"), D("mb1")
print("module done")


def failing_store():
    class NoSet:
        def __setattr__(self, name, value):
            raise AttributeError("no " + name)

    o = NoSet()
    try:
        o.x, k = D("v0"), D("v1")
    except AttributeError as e:
        print("AttributeError", e)


failing_store()


def counts():
    x, y = 1, 2
    gc.collect()
    before = gc.get_count()[0]
    for _ in range(3):
        x, y = y, x
    return gc.get_count()[0] - before, x, y


print(counts())
