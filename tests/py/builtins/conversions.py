print(int("42"), int("-7"), int("0x10", 16), int("10", 2), int("077", 8), int(" 5 "), int("1_0"))
print(float("3.5"), float("-1e-3"), float("inf"), float(" 2 "), float(3))
print(str(3.0), str(-0.0), str(10**20), bool([]), bool([[]]), list("ab"), tuple([1, 2]), list((1,)))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), set("aab") == {"a", "b"}, frozenset([1]))
print(chr(65), chr(0x1F600), ord("A"), ord("€"), hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(-5), bin(0))
for bad in ["x", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
class I:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
print(int(I()), float(I()), hex(I()), [0, 1, 2, 3, 4][I()], bin(I()))
print(list(range(I())), "ab" * I())
