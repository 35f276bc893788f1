"""Float arithmetic trees in a function (computed on doubles when every leaf is an exact
float): the same values, errors and traced memory as CPython."""
import sys
import tracemalloc


class Seq:
    def __init__(self, v):
        self.v = v

    def __getitem__(self, i):
        print("getitem", i)
        return self.v


class F(float):
    def __mul__(self, other):
        print("F.__mul__")
        return float(self) * other


def tree(x, y, z, p):
    a = x * x + y * y + z * z
    b = -x * y - (z - x) / 2
    c = x ** 0.5 * 3 + y
    d = p[0] - p[1] * 2.0
    return a, b, c, d


def errors(x, y):
    try:
        return x / (y - y) + 1.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        return (0.0 - y) ** -1.0 * 2.0 + (x - x) ** -1.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def inplace(v, k):
    v[0] -= k * 2.0 * k
    v[1] += k / 4.0 - 1.0
    v[2] *= k * k
    return v


def unbound(flag):
    if flag:
        w = 2.0
    try:
        return w * w + 1.0
    except UnboundLocalError as e:
        return str(e)


print(tree(1.5, -2.25, 0.1, [3.0, 0.5]))
print(tree(-0.0, 0.0, -0.0, (1e308, 1e308)))
print(tree(4, 2, 1.0, [1, 2]))
print(tree(F(2.0), 1.0, 1.0, Seq(2.0)))
print(errors(1.0, 3.0))
print(inplace([1.0, 2.0, 3.0], 1.5), inplace([1, 2, 3], 2))
print(unbound(True), unbound(False))
big = 1e300
print(tree(big, big, big, [big, big]))
tracemalloc.start()
print(tree(0.5, 2.5, 0.5, [1.0, 2.0]), inplace([1.0, 2.0, 3.0], 0.5))
tracemalloc.stop()
