# range objects whose start, stop or step reach past 2**53 (Python ints of any size):
# length, items, slices, membership, equality, hash, iteration, reversed().
r = range(2**60, 2**60+5, 2)
print(r, len(r), list(r), r[1], r[-1], r[1:3], 2**60+2 in r, 2**60+1 in r, r.index(2**60+4), r.count(2**60), list(reversed(r)), r == range(2**60, 2**60+6, 2), hash(r) == hash(range(2**60, 2**60+6, 2)), bool(range(2**60, 2**60)), r.start, r.stop, r.step)
big = range(2**64)
print(big[2**63], (2**64-1) in big, big[-1], big[2**62:2**62+3], bool(big))
try: len(big)
except OverflowError as e: print('OverflowError', e)
print(len(range(2**62)), range(-2**70, 0, 2**69)[1], list(range(0, 2**61, 2**59)))
print(list(range(2**53-2, 2**53+2)))
print(repr(range(-2**65, 2**65, 3)))
r = range(5, 50, 7)
print(hash(r) == hash(range(5, 51, 7)), hash(range(0)) == hash(range(3, 3)), r.index(12), r.count(13), len(range(2**40)))
print(range(10)[::2**60], range(10)[2**70:], range(10)[-2**70:3], list(range(10)[::-3]))
try: big[2**64]
except IndexError as e: print("IndexError", e)
try: range(2**64)[1.5]
except TypeError as e: print("TypeError", e)
for i in range(2**63, 2**63 + 2): print(i)
def f():
    t = 0
    for i in range(2**62, 2**62 + 3):
        t += i
    return t
print(f())
print(list(zip(range(2**64, 2**64+3), "abc")), sum(range(2**60, 2**60+4)))

# index/count with values that are not exact ints compare each item.
B = 2**53


class E:
    def __eq__(self, o):
        return o == 3


class Sub(int):
    pass


for r in [range(5), range(B - 2, B + 3)]:
    print(r.count(1.0), r.count(float(B)), r.count(E()), r.count(True), r.count(Sub(2)))
    for v in (1.0, float(B), E(), Sub(1), 99):
        try:
            print(r.index(v))
        except ValueError as e:
            print("ValueError", e)
