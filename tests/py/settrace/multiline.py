from _tracer import run


def deco(fn):
    return fn


def multi(a,
          b):
    r = max(
        a,
        b,
    )
    d = {
        "a": a,
        "b": b,
    }
    x = (
        a + b)
    print(
        a)
    y = [
        a, b,
        a]
    z = a if (
        b) else 0
    if (a and
            b):
        pass

    @deco
    def inner():
        return 1

    return (r,
            d, x, y, z, inner())


print(run(multi, 1, 2))
