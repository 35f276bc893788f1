"""Calls with keyword arguments in a function: positional then keyword values evaluated
left to right, released last first when one raises, methods called with self first."""
import sys


class D:
    def __init__(self, n, tag="d"):
        self.n = n
        self.tag = tag

    def __del__(self):
        print("del", self.n)

    def meth(self, a, b=0, *, c=1):
        return (self.n, a, b, c)


def g(a, b=2, *, c=3, **kw):
    return a, b, c, sorted(kw)


def boom():
    raise RuntimeError("boom")


def run():
    print(g(1, c=4), g(1, b=5, z=6), g(a=7))
    d = D(1, tag="x")
    print(d.meth(2, c=3), d.meth(a=4, b=5), d.tag)
    print(sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower))
    for i in range(3):
        print(i, end=" ")
    print(sep="", end="\n")
    try:
        g(D(2), b=D(3), c=boom())
    except RuntimeError:
        print("caught function")
    try:
        D(4).meth(D(5), b=D(6), c=boom())
    except RuntimeError:
        print("caught method")
    try:
        g(1, a=2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.meth(1, nope=2)
    except TypeError as e:
        print("TypeError:", e)
    f = d.meth
    print(f(7, c=8), sys.getrefcount(d))
    del d, f


run()
print("end")
