# Integer powers of floats come out as CPython's (C pow, correctly rounded in practice),
# not as JavaScript's ** (one unit off in the last place for ~8% of them): x ** n,
# int ** negative int, math.pow, and in a hot loop (the compiled tier's inline path).
import math, random
print(7 ** -2, 2.5 ** 3, 1.1 ** 3, (-1.1) ** 3, (-1.1) ** -3, 10.0 ** -5, 3 ** -1)
print(math.pow(1.1, 3), math.pow(-1.1, 3), math.pow(-2.0, -3), math.pow(7, -2))
random.seed(1)
out = []
for i in range(3000):
    x = random.uniform(0.01, 100)
    n = random.choice([-6, -3, -2, -1, 3, 4, 5, 9, 17])
    out.append(x ** n)
    out.append(math.pow(-x, n))
print(sum(1 for v in out if v != v), len(out))
print(repr(sum(out[:500])), repr(out[7]), repr(out[1000]), repr(out[2999]))
s = 0.0
for i in range(1, 2000):
    s += (i * 0.37) ** 3 + (i * 0.11) ** -2
print(repr(s))
print(1e300 ** 2 if False else "skip", 2.0 ** 1023, 0.5 ** 1074, 0.5 ** 1075)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
