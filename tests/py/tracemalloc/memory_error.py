# Allocations no machine can satisfy raise MemoryError (or OverflowError past a machine
# word), are catchable, and leave the program running.
import sys

attempts = [
    lambda: [0] * 10**12,
    lambda: [None, None] * (2**62),
    lambda: (0,) * 10**12,
    lambda: "ab" * 10**12,
    lambda: 10**12 * "a",
    lambda: "ab" * (2**62),
    lambda: [0] * (2**63),
    lambda: "a" * (2**63),
    lambda: list(range(10**10)),
    lambda: tuple(range(10**10)),
    lambda: sorted(range(10**10)),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except MemoryError as e:
        print("MemoryError", repr(e), e.args)
    except OverflowError as e:
        print("OverflowError", e)

items = [1]
try:
    items *= 10**12
except MemoryError:
    print("in-place repeat failed, list unchanged:", items)
zero = 0
print(sys.getrefcount(zero) > 0, [zero] * 3, "x" * 3)
print(len([0] * 100000), len("ab" * 50000))
[0] * 10**12
