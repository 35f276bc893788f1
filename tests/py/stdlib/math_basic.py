# math: constants, rounding to exact ints, roots, powers, logs, angles, predicates.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan), math.isinf(-math.inf))

# floor/ceil/trunc give exact ints, also for floats past 2**53
for x in [2.5, -2.5, 7.0, -0.5, 1e20, -1e22, 2.0**70 + 2.0**20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(5), math.ceil(-5), math.floor(True), math.trunc(-3.99))
big = 10**30
print(math.floor(big) == big, math.ceil(big) is big)


class Money:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


print(math.floor(Money()), math.ceil(Money()), math.trunc(Money()))

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10**20))
print(math.isqrt(17), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -0.5), math.pow(-8, 3))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(0.5, -math.inf))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2))
print(math.log2(8), math.log2(1024), math.log2(2**100), math.log10(1000), math.log10(0.001))
print(math.log(10**400), math.log10(10**400), math.log2(2**2000))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(0), math.acos(1), math.atan(1), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.tanh(-math.inf))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(1), 12))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 2), math.hypot(), math.hypot(-7))
print(math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1))
print(math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.isclose(100, 104, rel_tol=0.05), math.isclose(math.inf, math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isnan(1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(3, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.modf(0.0))
print(math.frexp(8), math.frexp(0.3), math.frexp(-5), math.frexp(0.0), math.frexp(1e-320))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1, -1074), math.ldexp(1, 1023))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum(x / 10 for x in range(1, 11)), math.fsum([math.inf, 1]))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([]), math.prod([2, 0.5]))
print(math.prod([3, 4], start=10), math.prod(["ab"], start=3))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2))
