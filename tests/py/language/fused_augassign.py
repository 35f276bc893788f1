# `target op= a OP b` on numbers (pygc computes such trees on doubles when every leaf is
# an exact float or int): the results, the errors and the fallbacks are CPython's.
import sys


class F(float):
    def __rmul__(self, other):
        return "F.__rmul__"


def run(a, b, cur):
    v = [cur]
    x = cur
    try:
        v[0] -= a * b
        x += a / b
    except Exception as e:
        return type(e).__name__, str(e), v[0], x
    return v[0], x


cases = [
    (1.5, 2.0, 10.0),
    (3, 4, 100),
    (3, 4.0, 100),
    (2**40, 2**20, 7),
    (2**53, 3, 0),
    (1.0, 0.0, 1.0),
    (1, 0, 1),
    (-0.0, 1.0, 0.0),
    (float("inf"), 0.0, 1.0),
    (float("nan"), 1.0, 2.0),
    (1e308, 10.0, 0.0),
    (True, 2, 5),
    (3, F(2.0), 1.0),
    ("ab", 3, "x"),
]
for a, b, cur in cases:
    print(a, b, cur, run(a, b, cur))


def loop(n):
    p = [0.0, 0.0]
    q = 0.0
    for i in range(n):
        p[0] += 0.5 * i
        p[1] -= i * 2
        q *= 0.5 + i
    return p, q


print(loop(10))
v = [1.5]
r = 0.25
before = sys.getrefcount(r)
for _ in range(3):
    v[0] *= r * 2.0
print(v, sys.getrefcount(r) - before)
