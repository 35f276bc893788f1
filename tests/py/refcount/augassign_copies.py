# o.x op= v and o[k] op= v load through copies of the owner and key (COPY 1; COPY 2,
# COPY 2), so __getattr__ and __getitem__ see them held twice; the operation and the
# store see them once. (Each function runs fewer than 8 times: CPython 3.11 specializes
# BINARY_SUBSCR for a Python __getitem__ after that, moving the operands into its frame.)
import sys


class G:
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name == "bad":
            raise AttributeError(name)
        return 0


class S:
    def __getitem__(self, k):
        print("getitem", sys.getrefcount(self), sys.getrefcount(k))
        if isinstance(k, BadKey):
            raise KeyError("bad key")
        return 0

    def __setitem__(self, k, v):
        print("setitem", sys.getrefcount(self), sys.getrefcount(k))


class K:
    pass


class BadKey:
    pass


class V:
    def __radd__(self, other):
        print("radd", sys.getrefcount(g), sys.getrefcount(s))
        return 1


g = G()
s = S()


def f(o, v):
    o.x += v


def f_bad(o):
    o.bad += 1


def h(o, k, v):
    o[k] += v


for i in range(2):
    f(g, V())
    h(s, K(), V())
    f(g, 1)
    h(s, K(), 1)
    try:
        f_bad(g)
    except AttributeError as e:
        print("AttributeError", e, sys.getrefcount(g))
    try:
        h(s, BadKey(), 1)
    except KeyError as e:
        print("KeyError", e, sys.getrefcount(s))
