ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
]
operands = [2, -3, 0.5, 1 + 2j, -1.5j, True]
for name, fn in ops:
    for a in operands:
        for b in operands:
            if not isinstance(a, complex) and not isinstance(b, complex):
                continue
            print(repr(a), name, repr(b), "=", repr(fn(a, b)))

# powers: integral exponents by squaring, others in polar form
for base, exp in [(1 + 2j, 2), (1 + 2j, -2), (1j, 2), (1j, 3), (2j, 0), (1 + 1j, 10), (0j, 0), (0j, 2),
                  (2, 1j), (1 + 1j, 0.5), (-1, 0.5 + 0j), (1j, 1j), (3 + 4j, 1.5), (1.5 - 0.5j, -3)]:
    print(repr(base), "**", repr(exp), "=", repr(base ** exp))
print(pow(1 + 1j, 3), pow(2j, -1))

# errors
for expr in ["1j / 0", "1j / 0j", "1 / 0j", "2.5 / (0+0j)", "0j ** -1", "0j ** 1j", "0j ** (-1+0j)",
             "(1e200j) ** 2", "complex(1e308, 1e308) * 10 ** 0 ** 2", "1j // 2", "1j % 2", "2 // 1j",
             "divmod(1j, 1j) if False else 1j < 2j", "1j > 1", "1j <= 1.0", "pow(1j, 2, 3)",
             "abs(complex(1e308, 1e308) * 2)", "1j + 10 ** 400", "10 ** 400 * 1j", "1j + 'a'",
             "~1j", "round(1j)", "int(1j)", "float(1j)", "1j & 1"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

# abs, unary operators, in-place operators
for v in [3 + 4j, -5j, complex(1e308, 1e308), complex(float("inf"), float("nan")), complex(float("nan"), 1), 0j]:
    try:
        print(repr(v), abs(v), -v, +v)
    except OverflowError as e:
        print(repr(v), "OverflowError", e)
x = 1j
x += 1
x *= 2
x -= 0.5j
x /= 2
x **= 2
print(x)

# comparisons: == exactly against ints and floats
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1, 1j == 1j, 1j != 1j)
print(complex(2**53) == 2**53 + 1, 2**53 + 1 == complex(2**53 + 1), complex(2**53) == 2**53)
print(1j == "1j", 1j == None, [1j] == [1j], (1 + 0j) in [1], 1j in {1j: 0})
print(complex(float("nan")) == complex(float("nan")), float("inf") + 0j == float("inf"))

# special values in products follow CPython's formulas
inf = float("inf")
print(complex(inf, 0) * 2, complex(inf, 0) * complex(2, 0), complex(inf, 1) ** 2)
print(sum([1j, 2, 3.5, 0.5j]), sum([0.1j] * 10))


# user classes: reflected operators and __complex__
class Half:
    def __radd__(self, other):
        return f"Half.__radd__({other!r})"

    def __rmul__(self, other):
        return NotImplemented


print(1j + Half())
try:
    print(1j * Half())
except TypeError as e:
    print("TypeError:", e)

# %-formatting needs a real number; three-argument pow refuses complex operands
for expr in ["'%f' % 1j", "'%.2e' % (1 + 0j)", "'%s|%r' % (1j, 2j)", "pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(2, 3, 1j)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print((1j).__repr__(), (2 - 1j).__repr__())
