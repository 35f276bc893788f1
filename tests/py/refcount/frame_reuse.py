# Calls of one function one after another (pygc reuses a frame nothing holds): frames
# kept by a frame object, a traceback or a generator stay themselves.
import sys

kept = []


def f(n, keep):
    x = [n]
    if keep:
        kept.append(sys._getframe())
    return sys.getrefcount(x)


print([f(i, i % 3 == 0) for i in range(7)])
print([fr.f_locals["n"] for fr in kept])
print([fr.f_back is None for fr in kept])
print(sys.getrefcount(kept[0]))


def g(n):
    if n == 2:
        raise ValueError(n)
    return n


tbs = []
for i in range(4):
    try:
        g(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
print([tb.tb_next.tb_frame.f_locals["n"] for tb in tbs])
print([g(i) for i in (0, 1, 3)])
print(tbs[0].tb_next.tb_frame.f_locals["n"])


def rec(n):
    if n == 0:
        return sys._getframe()
    return rec(n - 1)


frames = [rec(3), rec(2)]
print([fr.f_locals["n"] for fr in frames])
print(frames[0].f_back is None, frames[0] is not frames[1])


def outer():
    return inner() + inner()


def inner():
    return sys._getframe(1).f_code.co_name


print(outer(), outer())
