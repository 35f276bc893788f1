"""A short tour of CPython's memory management, as pygc reproduces it."""
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print(f"  {self.name} freed")


print("Reference counting frees an object the moment its last reference goes:")
a = Node("a")
print("  refcount of a:", sys.getrefcount(a) - 1)
b = a
print("  after b = a:  ", sys.getrefcount(a) - 1)
del b
del a
print()

print("A cycle keeps its members alive until the cycle detector runs:")
x, y = Node("x"), Node("y")
x.partner, y.partner = y, x
del x, y
print("  unreachable objects found:", gc.collect())
print()

print("Generation thresholds:", gc.get_threshold())
