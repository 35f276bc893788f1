"""Slices in a function: BUILD_SLICE parts released when a later one raises; slice loads and stores."""
import sys
class B(Exception): pass
def boom(): raise B()
def f(l, s):
    k = 10**20
    r = [l[1:], l[:2], l[::2], l[1:3:1], s[::-1], l[:]]
    l[1:2] = [9, 9]
    try:
        l[k:boom()]
    except B:
        pass
    try:
        l[k:k:0]
    except ValueError as e:
        print("ValueError:", e)
    return r, l, sys.getrefcount(k)
print(f([1, 2, 3, 4], "abc"))
