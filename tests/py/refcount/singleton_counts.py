"""The counts sys.getrefcount gives for 3.11's shared objects: None, True, False, Ellipsis
and NotImplemented count real references (thousands for None, not an immortal marker —
that is 3.12); small ints, the empty tuple and the empty string are static objects whose
count starts at 999,999,999. python3's exact None count moves from run to run, so the
magnitudes are compared, and the changes a program makes."""
import sys

g = sys.getrefcount
print(1000 < g(None) < 100_000, 100 < g(True) < 10_000, 100 < g(False) < 10_000)
print(g(0) > 999_999_999, g(()) > 999_999_999, g("") > 999_999_999, g(255) > 999_999_999)
print(g(...) < 100, g(NotImplemented) < 100)
n = 10**6 + 1
print(g(n))
b = g(None)
x = [None] * 10
print(g(None) - b)
b = g(True)
y = [True, True, False, 1 > 0]
print(g(True) - b)
b = g(200)
z = [200] * 5
print(g(200) - b)
del x, y, z
print(g(None) - b > -10_000, g(True) > 100)
print(bool.__new__(bool, 1) is True, bool.__new__(bool, 0) is False, bool.__new__(bool) is False)
