from _tracer import run


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1
    return "finished"


def use():
    g = counter(4)
    first = next(g)
    second = g.send(2)
    rest = list(g)
    return first, second, rest


def delegating():
    result = yield from counter(2)
    yield result


print(run(use))
print(run(lambda: list(delegating())))
