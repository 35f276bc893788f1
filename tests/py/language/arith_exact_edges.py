# Arithmetic at the edges of exact doubles: int results must be exact whether an
# implementation computes them in doubles or not (a quotient that rounds across an
# integer, products past 2**53), and float results correctly rounded.
ints = [0, 1, -1, 2, -7, 10, 2**31, -2**31, 2**51, -2**51, 2**51 + 1, 2**52 - 1,
        -(2**52 - 1), 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, 4503599627370497,
        -4503599627370497, 123456789012345, 98765]
floats = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, 0.1, 3.0]


def row(x, ys, ops):
    out = []
    for y in ys:
        for op in ops:
            try:
                if op == "+":
                    r = x + y
                elif op == "-":
                    r = x - y
                elif op == "*":
                    r = x * y
                elif op == "/":
                    r = x / y
                elif op == "//":
                    r = x // y
                else:
                    r = x % y
            except ZeroDivisionError:
                r = "Z"
            except OverflowError:
                r = "O"
            out.append(repr(r))
    return " ".join(out)


for x in ints:
    print(x, row(x, ints, ("+", "-", "*", "/", "//", "%")))
for x in floats + ints[:8]:
    print(x, row(x, floats + ints[:8], ("+", "-", "*", "/")))
# The same operations on literals and locals (a compiler may specialize them).
print(9007199254740991 % -7, 9007199254740991 // -7, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(1 / 3, 2**53 / 3, 10 / 4, -0.0 + 0, 0 * -1.0, 1.5 - 1)
print(0 == 0.0, 1 < 2, 2**60 > 2**59, 2**53 + 1 == 2**53, 0.1 + 0.2 == 0.3, 1 != 1.0)
print(10**400 / 10**399, 1 / (10**30 + 1), (10**30 + 7) / (10**20 + 3), -(2**60+1) / 3, 2**1020 / 2**2)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(9007199254740993 / 1, 9007199254740995 / 1, (2**54 + 3) / 2)
