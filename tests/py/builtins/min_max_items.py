# min() and max(): argument errors, key=None, items taken one at a time (a losing item and
# its key released at once), and the references held while a key function runs.
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __del__(self): print("del", self.v)
    def __repr__(self): return f"D({self.v})"
print(max(D(i % 3) for i in range(5)))
print("--")
print(min((D(i) for i in [3, 1, 2]), key=lambda d: -d.v))
print("--")
for f in [lambda: max(), lambda: max([]), lambda: max([], default=7), lambda: max(1, 2, default=3), lambda: max([1], key=None), lambda: max([1], foo=1), lambda: min(5), lambda: max(1, 2, key=lambda x: -x), lambda: max('abc'), lambda: max([1, 'a']), lambda: min([3, 1], [2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import sys
lst = [3, 1, 2]
print(max(lst, key=lambda x: sys.getrefcount(lst)), min(lst, key=lambda x: sys.getrefcount(lst)))
a, b = [1], [2]
print(max(a, b, key=lambda x: sys.getrefcount(a)))
class K:
    def __init__(self, v): self.v = v
    def __del__(self): print("delK", self.v)
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
def key(d):
    print("key", d.v)
    return K(d.v)
print(max((D(i) for i in [1, 3, 2]), key=key))
print(min(D(2), D(1), D(3)))
try:
    max(D(1), D(2), key=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def g():
    yield D(5)
    yield D(6)
    raise KeyError("g")
try:
    max(g())
except KeyError as e:
    print("KeyError", e)
print("end")
