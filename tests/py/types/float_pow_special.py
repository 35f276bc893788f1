"""float ** float (float_pow): C99 pow's special cases, a negative base to a fractional
power made complex, overflow and zero-division errors; at module level and in a
function (where arithmetic trees are computed on doubles)."""
import math

CASES = [
    (1.0, math.nan), (-1.0, math.inf), (-1.0, -math.inf), (0.5, math.inf),
    (2.0, -math.inf), (math.inf, 3.0), (-math.inf, 3.0), (-math.inf, 2.0),
    (-math.inf, -3.0), (-0.0, 3.0), (-0.0, 2.0), (-2.0, 3.0), (math.nan, 0.0),
    (2.0, 0.5), (1.0, 1e308), (-1.0, 3.0), (0.5, -2.0), (3, 2.0), (2.0, 3),
]
ERRORS = [(10.0, 400.0), (0.0, -1.0), (-0.0, -2.0), (-10.0, 401.0), (2, 1e10)]


def tree(x, y):
    return x ** y * 1.0 + 0.0


for x, y in CASES:
    print(x, y, x ** y, tree(x, y))
for x, y in ERRORS:
    for f in (lambda: x ** y, lambda: tree(x, y)):
        try:
            print(f())
        except (OverflowError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
print(type((-8.0) ** (1 / 3)).__name__, type((-1.0) ** 0.5).__name__, type((-4) ** 0.5).__name__)
print(abs((-1.0) ** 0.5 - 1j) < 1e-15)
