print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 2 ** -1, (-2) ** 0.5 if False else 0)
print(0b1010, 0o17, 0xff, 1_000_000, 10 ** 20 // 3, 10 ** 20 % 7)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2, (-1) << 3)
print(int.bit_length(255), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print(abs(-3), -(-3), +3, 3 == 3.0, divmod(-7, 2), divmod(7, -2))
print(max(2 ** 64, 2 ** 63), min(-2 ** 64, 0), sorted([2 ** 70, 1, -2 ** 70]))
print(17 / 4, 16 / 4, -0 == 0, 10 ** 15 + 0.5, round(10 ** 16 / 3))
print(isinstance(10 ** 30, int), type(10 ** 30).__name__, str(-10 ** 25), repr(10 ** 25))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)
