# Ints too big to hold: MemoryError (or OverflowError past a machine word of bits),
# caught like any exception. (CPython fails at once: 1 << 2**40 asks malloc for 146 GB.)
for label, fn in [
    ("1 << 2**40", lambda: 1 << 2**40),
    ("-1 << 2**40", lambda: -1 << 2**40),
    ("1 << 2**64", lambda: 1 << 2**64),
]:
    try:
        fn()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)


def shift_in_place():
    x = 5
    for _ in range(2):
        try:
            x <<= 2**40
        except MemoryError:
            print("MemoryError in a loop")
    return x


print(shift_in_place())
