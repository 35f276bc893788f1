# Functions taking *args: the extra positional arguments in a tuple, the references each
# holds, frames and tracebacks, recursion, defaults and keywords taking the long way.
import sys


def f(a, *rest):
    return a, rest, sys.getrefcount(rest) if rest else None


def g(*args):
    return len(args), sys._getframe().f_code.co_name


def h(a, b=2, *rest):
    return a, b, rest


print(f(1), f(1, 2, 3), g(), g(1, 2), h(1), h(1, 5, 6), h(a=3))
x = object()
before = sys.getrefcount(x)


def keep(*args):
    return sys.getrefcount(x) - before


print(keep(x, x), sys.getrefcount(x) - before)


def deep(n, *pad):
    return 0 if n == 0 else 1 + deep(n - 1, *pad)


print(deep(500, 1, 2))
try:
    deep(5000)
except RecursionError as e:
    print(e)


def boom(*args):
    raise ValueError(args)


try:
    boom(1, 2)
except ValueError as e:
    tb = e.__traceback__
    print(e, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_locals)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


with CM():
    pass
with CM():
    raise KeyError("k")
print("after")
