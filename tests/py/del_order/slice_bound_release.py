"""A slice object releases its step, then its start, then its stop (slice_dealloc), after
BINARY_SUBSCR or STORE_SUBSCR has released the container."""


class I:
    def __init__(self, v, n):
        self.v = v
        self.n = n

    def __index__(self):
        return self.v

    def __del__(self):
        print("del", self.n)


def f():
    x = [1, 2, 3, 4][I(0, "start"):I(3, "stop"):I(1, "step")]
    print(x)
    a = [1, 2, 3, 4]
    a[I(0, "start"):I(2, "stop"):I(1, "step")] = [9]
    print(a)
    s = slice(I(1, "start"), I(2, "stop"), I(1, "step"))
    del s


f()
f()
