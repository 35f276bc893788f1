# Global and builtin names read in loops (LOAD_GLOBAL's cache) while other code rebinds,
# deletes, shadows and restores them.
import builtins
import sys

counter = 0
factor = 2


def bump():
    global counter, factor
    counter += 1
    if counter == 3:
        factor = 10


def loop(n):
    total = 0
    for i in range(n):
        bump()
        total += factor * len("ab")
    return total


print(loop(5), counter, factor)


def shadow_len():
    global len
    len = lambda s: 100  # noqa: E731


def uses_len(n):
    out = []
    for i in range(n):
        if i == 2:
            shadow_len()
        if i == 4:
            del globals()["len"]
        out.append(len("abc"))
    return out


print(uses_len(6))


def missing(n):
    for i in range(n):
        if i == 1:
            del globals()["factor"]
        try:
            print(i, factor)
        except NameError as e:
            print(i, "NameError:", e)


missing(3)
factor = 7
missing(1)

real_abs = builtins.abs


def builtin_swap(n):
    out = []
    for i in range(n):
        if i == 1:
            builtins.abs = lambda x: "patched"
        if i == 2:
            builtins.abs = real_abs
        out.append(abs(-i))
    return out


print(builtin_swap(4))


def refcounts():
    x = object()
    globals()["g"] = x
    before = sys.getrefcount(x)
    for _ in range(3):
        y = g
    return sys.getrefcount(x) - before


print(refcounts())
