"""A function's lambdas and comprehensions are compiled once: calling it the first time
allocates nothing traced, does not move the gen-0 count and takes no references to the
constants they share."""
import gc
import sys
import tracemalloc

gc.disable()


def f():
    g = lambda: "a string constant of some length"  # noqa: E731
    h = lambda: (77, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)  # noqa: E731
    return g, h


r0 = sys.getrefcount(77)
c0 = gc.get_count()[0]
f()
c1 = gc.get_count()[0]
print(c1 - c0, sys.getrefcount(77) - r0)


def k():
    g = lambda: "another string constant of some length"  # noqa: E731
    squares = [i * i for i in range(3)]
    return g, squares


tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
k()
after = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(after - before)
