# The block an int takes: PyLong_FromSsize_t (len(), sequence index() and count(),
# str.find/count, enumerate's index, hash() of an int) allocates one digit exactly, 28
# bytes; medium ints from PyLong_FromLong (range iteration) and arithmetic results take
# sizeof(PyLongObject), 32.
import tracemalloc

tracemalloc.start()


def delta(fn):
    a = tracemalloc.get_traced_memory()[0]
    x = fn()
    return tracemalloc.get_traced_memory()[0] - a


r = range(1000)
items = list(range(600))
t = tuple(items)
s = "ab" * 400
base = delta(lambda: None)
print("len", delta(lambda: len(r)) - base, delta(lambda: len(items)) - base)
print("index", delta(lambda: items.index(599)) - base, delta(lambda: t.index(599)) - base)
print("count", delta(lambda: items.count(0)) - base, delta(lambda: s.count("a")) - base)
print("find", delta(lambda: s.find("x")) - base, delta(lambda: s.rfind("b")) - base)
print("hash", delta(lambda: hash(123456)) - base)
print("arithmetic", delta(lambda: items[599] + 1) - base, delta(lambda: items[300] * 3) - base)
print("iteration", delta(lambda: list(range(1000, 1010))) - base)


def indexes():
    a = tracemalloc.get_traced_memory()[0]
    keep = [i for i, _ in enumerate(items)]
    return tracemalloc.get_traced_memory()[0] - a


print("enumerate", indexes())
