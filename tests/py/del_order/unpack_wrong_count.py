# Unpacking a wrong number of values: an iterator is read only one item past the count,
# and what was taken is released the last first, then the source (unpack_iterable).
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def gen():
    yield D("g1")
    yield D("g2")
    yield D("g3")
def f():
    try:
        a, b = [D(1), D(2), D(3)]
    except ValueError as e: print(e)
    try:
        a, b = gen()
    except ValueError as e: print(e)
    try:
        a, b, c = (D(4), D(5))
    except ValueError as e: print(e)
    try:
        a, b, c = iter([D(6), D(7)])
    except ValueError as e: print(e)
    try:
        a, *b, c = [D(8)]
    except ValueError as e: print(e)
f()
print("end")

import itertools
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)
def g():
    yield 1
    raise KeyError("k")
try:
    a, b = g()
except KeyError as e:
    print("KeyError", e)
try:
    a, b = 5
except TypeError as e:
    print(e)
