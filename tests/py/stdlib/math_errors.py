# math: CPython's exceptions and messages.
import math


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("sqrt(-1)", math.sqrt, -1)
attempt("sqrt('x')", math.sqrt, "x")
attempt("sqrt(None)", math.sqrt, None)
attempt("sqrt()", math.sqrt)
attempt("sqrt(1, 2)", math.sqrt, 1, 2)
attempt("log(0)", math.log, 0)
attempt("log(-1)", math.log, -1)
attempt("log(0.0)", math.log, 0.0)
attempt("log(8, 1)", math.log, 8, 1)
attempt("log(8, 0)", math.log, 8, 0)
attempt("log()", math.log)
attempt("log2(-2)", math.log2, -2)
attempt("log10(0)", math.log10, 0)
attempt("exp(1000)", math.exp, 1000)
attempt("exp(10**400)", math.exp, 10**400)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("pow(-8, 1/3)", math.pow, -8, 1 / 3)
attempt("pow(10, 400)", math.pow, 10, 400)
attempt("pow(2)", math.pow, 2)
attempt("factorial(-1)", math.factorial, -1)
attempt("factorial(2.0)", math.factorial, 2.0)
attempt("factorial('5')", math.factorial, "5")
attempt("factorial(10**20)", math.factorial, 10**20)
attempt("isqrt(-1)", math.isqrt, -1)
attempt("isqrt(4.0)", math.isqrt, 4.0)
attempt("floor(inf)", math.floor, math.inf)
attempt("ceil(nan)", math.ceil, math.nan)
attempt("floor('1')", math.floor, "1")
attempt("trunc('1')", math.trunc, "1")
attempt("trunc([])", math.trunc, [])
attempt("comb(5, -1)", math.comb, 5, -1)
attempt("comb(-5, 1)", math.comb, -5, 1)
attempt("comb(5.0, 2)", math.comb, 5.0, 2)
attempt("perm(-1)", math.perm, -1)
attempt("gcd(1.5)", math.gcd, 1.5)
attempt("lcm(2, 'a')", math.lcm, 2, "a")
attempt("acos(2)", math.acos, 2)
attempt("asin(-1.5)", math.asin, -1.5)
attempt("sin(inf)", math.sin, math.inf)
attempt("cosh(1000)", math.cosh, 1000)
attempt("fmod(1, 0)", math.fmod, 1, 0)
attempt("fmod(inf, 1)", math.fmod, math.inf, 1)
attempt("dist", math.dist, (1, 2), (1, 2, 3))
attempt("isclose tol", math.isclose, 1, 1.1, rel_tol=-1)
attempt("isclose kw", math.isclose, 1, 1, tol=1)
attempt("ldexp(1.0, 2000)", math.ldexp, 1.0, 2000)
attempt("ldexp(1.0, 1.5)", math.ldexp, 1.0, 1.5)
attempt("fsum(inf, -inf)", math.fsum, [math.inf, -math.inf])
attempt("fsum overflow", math.fsum, [1e308, 1e308])
attempt("fsum(['a'])", math.fsum, ["a"])
attempt("isinf(10**400)", math.isinf, 10**400)
attempt("prod(1)", math.prod, 1)
attempt("prod kw", math.prod, [1], begin=2)
attempt("remainder(inf, 1)", math.remainder, math.inf, 1)

try:
    math.sqrt(-4)
except ValueError as e:
    print("args:", e.args)
import math as m2

print(m2 is math, math.__name__, type(math.sqrt).__name__, math.sqrt)
