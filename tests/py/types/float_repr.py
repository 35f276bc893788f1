vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 1.5e300, 2.5e-300,
        float("inf"), float("-inf"), 3.14159, 100.0, 1e22, 1/3, 2/3, 5e-324]
for v in vals:
    print(repr(v), str(v))
print(float("nan"), float(" 1.5 "), float("1e3"), float("-Infinity"), float(7))
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(2.675, 2), round(1.5, 0))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex())
print(float.fromhex("0x1.8p1"), 7.0 // 2, 7.0 % 2, -7.0 % 2, divmod(7.5, 2))
print(int(1e20), 2.0 ** 10, abs(-2.5), 1e308 * 10, -1e308 * 10)
print(hash(1.0), hash(0.5), hash(-0.0), 0.1 + 0.7, 1.1 * 3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan])
print(max(1.5, 2), min(-1, -1.5), sum([0.1] * 10), 1e100)
print(f"{1e100:.3e}", 1.0.real, (3.5).imag, 3.7.__trunc__(), float.__name__)
