"""int(str, base) as PyLong_FromString parses: single underscores between digits (one after a\nprefix), base 0 with prefixes and zeros-only leading 0, Unicode decimal digits, and the\nmessage naming the base given."""
for s in ["1__2", "_1", "1_", "1_2", " 1_000 ", "0x_ff", "0b_1", "0_0", "00", "0_1", "1__", "+_1", "-1_0"]:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
print(len(str(10**4299)))
try:
    x = int("1" * 4301)
except ValueError as e:
    print(e)
for s in ["0xg", "0x", "0b102", "0o", "0_x1", "0X_1F", "0b_", "0b__1", "١٢٣", "12 ", "\t-0X1F\n", "0o17", "017", "0", "-0", "0_", "00_0", "1e5", "", " ", "+", "-_1", "0X1_f", "0X1__f", "z", "Z"]:
    for base in (0, 10, 16, 36, 8, 2):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
for s in ["١٢٣", "𝟘𝟙𝟚𝟝", "𝟷𝟸", "٣_٤", "৩৪", "12٣"]:
    print(int(s), int(s, 16))
