"""Generators whose yield-free statements run as plain (and, from their second run,
generated) code: values, sends, throws, close, return values, and references."""
import sys


def squares(n):
    i = 0
    total = 0
    while i < n:
        v = i * i
        if v % 3 == 0:
            v = v // 3
        total += v
        sent = yield v
        if sent is not None:
            total += sent
        i += 1
    return total


def consumer():
    g = squares(6)
    out = [next(g), g.send(100), next(g)]
    for x in g:
        out.append(x)
    return out


def with_return():
    g = squares(3)
    try:
        while True:
            next(g)
    except StopIteration as e:
        return e.value


def thrower():
    def gen():
        try:
            for i in range(5):
                yield i
        except ValueError as e:
            yield "caught " + str(e)
        finally:
            print("finally")

    g = gen()
    a = next(g), next(g)
    b = g.throw(ValueError("v"))
    g.close()
    return a, b


def refs():
    x = object()

    def gen(o):
        for _ in range(3):
            yield sys.getrefcount(o)

    return list(gen(x))


print(consumer())
print(with_return())
print(thrower())
print(refs())
print(sum(squares(1000)))
