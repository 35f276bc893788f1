# Arithmetic with a constant operand (compiled code tests only the other operand): ints,
# floats, mixed kinds, signed zeros, results past 2**53, division by a constant zero,
# bool and int subclasses, and in-place forms.


class I(int):
    def __add__(self, other):
        return "I.__add__"


def ops(x):
    out = [x + 1, 1 + x, x - 1, 1 - x, x * 3, 3 * x, x * -1, x * 0, x / 2, 2 / x if x else None]
    out += [x + 1.5, 1.5 + x, x - 0.5, 0.5 - x, x * 2.0, 2.0 * x, x / 4.0, x * -0.0, -0.0 * x]
    y = x
    y += 1
    y -= 2.5
    y *= 2
    out.append(y)
    return out


def divide(x):
    try:
        return x / 0.0
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


def divide_int(x):
    try:
        return x / 0
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


for _ in range(3):
    for v in [0, 5, -5, 0.0, -0.0, 2.5, -7.25, 2**53, 2**53 - 1, -(2**53), True, False, 10**20]:
        print(repr(v), ops(v))
        print(divide(v), divide_int(v))
    print(I(3) + 1, 1 + I(3), I(3) - 1)
    try:
        print("a" + 1)
    except TypeError as e:
        print(e)
    try:
        print(None * 2.0)
    except TypeError as e:
        print(e)
