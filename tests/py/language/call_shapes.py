# Calls whose arguments match the parameters exactly, and every shape that does not.
import sys


def f(a, b):
    return ("f", a, b)


def g(a, b):
    return ("g", a, b)


def swap():
    f.__code__ = g.__code__  # the callee's code changes while its arguments are evaluated
    return 2


print(f(1, swap()))
f.__code__ = (lambda a, b: ("lambda", a, b)).__code__
print(f(3, 4))


def d(a, b=10, *, c=20):
    return a, b, c


def v(*args, **kw):
    return args, kw


def cell(a):
    def inner():
        return a
    return inner()


print(d(1), d(1, 2), d(1, 2, c=3), v(), v(1, 2), v(1, k=2), cell(5))
for bad in ("f(1)", "f(1, 2, 3)", "d()", "d(1, 2, 3)", "cell()"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


def unbound():
    try:
        return g(x, 1)
    finally:
        x = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class Obj:
    pass


o = Obj()


def count(p):
    return sys.getrefcount(p)


print("refcount of an argument", count(o), count(Obj()))
local = o
print("refcount of a local argument", count(local))


def nested(n):
    return n if n == 0 else nested(n - 1) + 1


print(nested(50))


def k():
    x = 1

    def inner():
        return x

    return inner


for bad in (5, k().__code__):
    try:
        f.__code__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
