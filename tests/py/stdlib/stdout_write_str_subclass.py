# sys.stdout.write takes an instance of a str subclass: its value is written, the object
# waits pending as itself (one more reference), and the count of characters is returned.
import sys


class S(str):
    def __str__(self):
        return "never used"


s = S("sub")
before = sys.getrefcount(s)
n = sys.stdout.write(s)
print()
print(n, sys.getrefcount(s) - before)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
