"""When an argument (or a display item) raises, those evaluated before it are released the
way CPython unwinds its value stack: the last pushed first, then self and the callable."""


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def meth(self, *a):
        return 0

    def m2(self, a, b, c):
        return 0


def mk(n):
    return D(n)


def boom():
    raise RuntimeError("boom")


def g(a, b, c):
    return 0


def h(*a):
    return 0


def run():
    for label, thunk in [
        ("function", lambda: g(mk(1), mk(2), boom())),
        ("varargs", lambda: h(mk(3), mk(4), boom())),
        ("method", lambda: mk(5).m2(mk(6), mk(7), boom())),
        ("method varargs", lambda: mk(8).meth(mk(9), mk(10), boom())),
        ("list of 3", lambda: [mk(11), mk(12), boom()]),
        ("list of 5", lambda: [mk(13), mk(14), mk(15), mk(16), boom()]),
        ("tuple of 4", lambda: (mk(17), mk(18), mk(19), boom())),
        ("keywords", lambda: g(mk(20), b=mk(21), c=boom())),
    ]:
        try:
            thunk()
        except RuntimeError:
            print("caught", label)
    o = mk(22)
    f = o.meth
    del o
    try:
        f(mk(23), boom())
    except RuntimeError:
        print("caught bound method")
    del f
    print("end")


def direct():
    try:
        g(mk(31), mk(32), boom())
    except RuntimeError:
        print("caught direct")
    try:
        x = [mk(33), mk(34), mk(35), mk(36), boom()]
    except RuntimeError:
        print("caught direct list")


run()
direct()
