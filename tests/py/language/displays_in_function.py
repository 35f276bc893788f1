"""List, tuple and set displays in a function: items left to right, the ones already made released when a later item raises, and list capacities as CPython sizes them."""
import sys
class B(Exception): pass
def boom(): raise B()
def f(x, y):
    a = (x, y)
    b = [x, y, 1]
    c = [1, 2, 3]
    d = {x, y}
    e = (x, [y, x], (x,))
    g = [x, y, x, y, x]
    try:
        h = (x, y, boom())
    except B:
        pass
    try:
        h = [x, y, x, y, boom()]
    except B:
        pass
    return a, b, sys.getsizeof(c), len(d), e, g, sys.getrefcount(x)
print(f(10**20, "s"))
