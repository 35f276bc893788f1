"""Unpacking from an iterator that yields too few or too many items: the items taken are
released the last first, then the iterator, then the source (unpack_iterable's error path,
then UNPACK_SEQUENCE's pop)."""


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class It:
    def __init__(self, k):
        self.k = k
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > self.k:
            raise StopIteration
        return D(self.i)

    def __del__(self):
        print("del iterator")


class Src:
    def __init__(self, k):
        self.k = k

    def __iter__(self):
        return It(self.k)

    def __del__(self):
        print("del source")


def unpack(k):
    try:
        a, b = Src(k)
        print("unpacked", a.n, b.n)
    except ValueError as e:
        print(e)


for k in (1, 3, 2):
    unpack(k)
    unpack(k)
