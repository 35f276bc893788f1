"""// and % inside float arithmetic in a function are float_floor_div's and float_rem's,
whatever the float free list holds."""
warm = [float(i) for i in range(50)]
del warm


def f(x, y):
    return x // y + 0.0


def g(x, y):
    return x % y * 1.0


def k(s, x, y):
    s /= x % y * 2.0
    return s


def m(a, b):
    return (a // 3) * 2 + b % 4 - 1


print(f(1.0, 0.1), g(1.0, 0.1), f(-7.5, 2.0), g(-7.5, 2.0))
print(k(1.0, 1.0, 0.1))
print(m(10, 7), m(-10, -7), m(10.5, 7), m(10, 7.25))
