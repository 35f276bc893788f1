a = 2 ** 100
print(a, -a, a * a, a // 7, a % 7, -a // 7, -a % 7)
print(divmod(a, 12345), divmod(-a, 12345))
print(a >> 3, a << 5, a & 0xFFFF, a | 1, a ^ a, ~a)
print(int("123456789012345678901234567890"), int("-0x1f", 16), int("0b101", 0), int("  42  "))
print(int("z", 36), int("1_000_000"), int(3.99), int(-3.99), int(True))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(10, 30))
print((10**20).bit_length(), (255).bit_count())
print(hex(a), oct(a), bin(12345), hex(-255))
print(abs(-a), a == 2**100, a > 2**99, hash(7), hash(-1), hash(-2))
print(7 / 2, -7 / 2, 10**30 / 10**10, 2**0.5)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (6).conjugate())
print(round(12345, -2), round(-150, -2), round(250, -2))
for s in ["abc", "1.5", ""]:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
print(3 ** -2, (-8) ** 2, 0 ** 0)
print(sum(range(10**6)), 10**18 + 1, -(10**18) - 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 10**20 == 1e20, 2**63 - 1)
