"""A generator that never started, finalized (3.11's gen_close throws GeneratorExit into it,
which ends its frame at once): its arguments go while the finalizer runs, so a cycle
through them is freed by reference counting and gc.collect() does not count it; its
`finally` blocks never run."""
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(a, b):
    try:
        yield a
    finally:
        print("finally ran")


print("-- refcount")
g = gen(Noisy("a1"), Noisy("b1"))
del g
print("-- close")
g = gen(Noisy("a2"), Noisy("b2"))
g.close()
print("closed")
print(list(g))
del g
print("-- cycle")
gc.collect()
n = Noisy("c1")
n.g = gen(n, Noisy("c2"))
del n
print("collected", gc.collect())
print("-- cycle, started")
n = Noisy("s1")
n.g = gen(n, Noisy("s2"))
next(n.g)
del n
print("collected", gc.collect())
print("-- cycle, plain")
n = Noisy("p1")
n.self = n
del n
print("collected", gc.collect())
print("-- genexp")
items = [Noisy("x1"), Noisy("x2")]
ge = (x.name for x in items)
del items
del ge
print("end")
