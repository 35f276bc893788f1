# A generator whose frame fails the recursion check as it starts is finished: the
# exception left it, so freeing it closes nothing (no "Exception ignored" report).
import sys


def recg():
    yield from recg()


try:
    list(recg())
except RecursionError as e:
    print("caught", e)


def g():
    yield 1


sys.setrecursionlimit(60)
it = g()


def deep(n):
    if n == 0:
        return next(it)
    return deep(n - 1)


try:
    deep(58)
except RecursionError as e:
    print("caught", e)
print(next(it, "exhausted"))
print("end")
