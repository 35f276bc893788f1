"""3.11's int/str conversion limit (sys.set_int_max_str_digits, default 4300 digits):
str(), repr(), f-strings, %-formatting and format() of an int with more digits raise
ValueError, and so does int() of a longer decimal string; hex/oct/bin and the digit
counts of shorter values are unaffected. The sign does not count, underscores do not
count. An invalid literal's message shows at most 200 characters of its repr."""
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(len(str(10 ** 4299)), len(repr(-(10 ** 4299) - 1)))
for label, convert in [
    ("str", str),
    ("repr", repr),
    ("f-string", lambda v: f"{v}"),
    ("percent", lambda v: "%d" % v),
    ("format", lambda v: format(v, ",")),
    ("list repr", lambda v: repr([v])),
]:
    try:
        convert(-(10 ** 4300))
        print(label, "converted")
    except ValueError as e:
        print(label, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    int("-" + "6" * 5000, 7)
except ValueError as e:
    print(e)
try:
    int("1" * 5000 + "x")  # the digit run is measured first
except ValueError as e:
    print(e)
for call in (lambda: sys.set_int_max_str_digits(1000, 2), lambda: sys.set_int_max_str_digits()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    int("9" * 300 + "x")
except ValueError as e:
    print(e)
print(len(str(int("1" * 4300))), int("1_" * 3000 + "1") % 1000)
print(len(hex(2 ** 20000)), len(bin(-(2 ** 5000))), int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(maxdigits=5000)
print(len(str(10 ** 4999)), sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for bad in (100, -1, "x"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)), len(str(int("9" * 9000))))
sys.set_int_max_str_digits(640)
try:
    print(10 ** 640)
except ValueError as e:
    print(e)
print(10 ** 639 // 10 ** 637)
