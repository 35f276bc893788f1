"""Int arithmetic trees in a function (computed on doubles when every leaf is a small exact
int): results past 2**53 become big ints, -0 never appears, // and % floor, true division
and float constants make floats, and errors are CPython's."""


class I(int):
    def __add__(self, other):
        print("I.__add__")
        return int(self) + other


def spectral(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mixed(i, j):
    return i * j - i, i * 2.5 + 1, -i * 2.5, (i - j) // 3, (i - j) % 3, i / j + 1


def big(i):
    return i * i * i, i * i + i, -i * i


def zero(i):
    try:
        return (i + 1) // (i - i)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        return 1.0 / (i - i)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        return (i * 2) % (i - i)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def pairs(v):
    return v[0] * v[1] + v[0], v[1] // v[0] - 1


for a, b in [(0, 0), (3, 4), (-7, 2), (249, 250)]:
    print(spectral(a, b), mixed(a, b if b else 1))
print(big(2**20), big(2**30), big(-(2**26)))
print(zero(5))
print(pairs([3, 10]), pairs((-4, 7)), pairs([2.5, 4.0]))
print(mixed(True, 2), mixed(I(5), 2))
print(spectral(10**20, 1), big(10**10))
