# sys.getsizeof of scalars and strings (memory model §6)
import sys

g = sys.getsizeof
print("None/object:", g(None), g(object()), g(NotImplemented), g(...))
print("bool:", g(True), g(False))
for v in (0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**90 - 1, 2**90, 2**200, -2**200):
    print("int", v.bit_length(), g(v))
print("float:", g(1.5), g(0.0), g(-1e300))
for s in ("", "a", "abc", "x" * 100, "é", "é" * 10, "ÿ", "Ā", "Ā" * 10, "€", "😀", "😀" * 10, "aé", "a€", "a😀"):
    print("str", len(s), g(s))
print("default ignored:", g(1, 99), g("ab", None))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
