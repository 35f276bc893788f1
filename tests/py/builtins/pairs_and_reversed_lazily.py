# dict() and dict.update() from an iterable of pairs take the pairs one at a time (each
# released once stored, so zip can reuse its tuple); reversed() over the sequence protocol
# calls __getitem__ one step at a time, from len - 1 down.
import gc


class P:
    def __init__(self, k):
        self.k = k

    def __iter__(self):
        print("iter", self.k)
        return iter((self.k, self.k * 10))

    def __del__(self):
        print("del", self.k)


d = dict(P(i) for i in range(3))
print(d)
d.update(P(i) for i in range(5, 7))
print(d)
for bad in [[1], [(1, 2, 3)], [(1, 2), "abc"], [(1, 2), "ab"], [None]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

gc.disable()
a = list(range(1000))
b = list(range(1000, 2000))
before = gc.get_count()[0]
z = dict(zip(a, b))
print(len(z), gc.get_count()[0] - before)
gc.enable()


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len")
        return self.n

    def __getitem__(self, i):
        print("getitem", i)
        if i == 1:
            raise IndexError(i)
        return i * 2


r = reversed(Seq(4))
print(type(r).__name__)
print(next(r), next(r))
print(list(r), list(r))


class Stop(Seq):
    def __getitem__(self, i):
        print("getitem", i)
        if i < 2:
            raise StopIteration
        return i


print(list(reversed(Stop(4))))


class Boom(Seq):
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(reversed(Boom(2)))
except KeyError as e:
    print("KeyError", e)


# Reverse iterators: their types, length hints, and letting the sequence go.

for s in [[1, 2], (1, 2, 3), "ab", range(3), range(0, 10, 3), range(5, 0, -2), range(0)]:
    r = reversed(s)
    print(type(r).__name__, type(r) is type(iter(range(1))), r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(r.__length_hint__(), list(r))
import sys
l = [1, 2]
r = reversed(l)
print(sys.getrefcount(l))
list(r)
print(sys.getrefcount(l))
print(list(reversed(range(-3, 7, 4))), list(reversed(range(10, -5, -3))))
