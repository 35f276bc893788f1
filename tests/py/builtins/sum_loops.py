# sum(): argument errors, the int and float loops of builtin_sum_impl (no __add__ for the
# steps they take, the rounding their order gives), items released one at a time.
class I(int):
    def __radd__(self, o):
        print("radd", o)
        return int(self) + o
    def __add__(self, o):
        print("add", o)
        return int(self) + o
class D:
    def __init__(self, v): self.v = v
    def __add__(self, o): return D(self.v + (o.v if isinstance(o, D) else o))
    __radd__ = __add__
    def __del__(self): print("del", self.v)
for f in [lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([1], start=2, x=3), lambda: sum([1], x=3), lambda: sum([1], 2, start=3), lambda: sum(iterable=[1]), lambda: sum([1], iterable=2), lambda: sum(start=2), lambda: sum(5, 'a'), lambda: sum(['a'], 'b'), lambda: sum([b'a'], b''), lambda: sum([1, 'a'])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(sum([1, I(2), 3]), sum([1.5, I(2), 3]), sum([I(2), 1.0]))
print(sum([2**53, 1.0, 1.0]), sum([1.0, 2**53 + 1]), sum([1, 2**62, 2**62, 1.5]), sum([2**63, 1.0]), sum([-2**63, -1.0]), sum([1.0, 2**63 - 1, 2**64]))
print(sum([True, True, 2.5, False]), sum([0.1] * 10), sum([], 0.0), sum([], []), sum([[1], [2]], []), sum(range(10**6)))
print(sum((D(i) for i in range(3)), D(10)).v)
print("--")
print(sum(D(i) for i in range(3)).v)
print(sum([1, 2], start=10), sum([1.5, 2], 1), sum([1, 2], 0.5), sum([float('inf'), -float('inf')]), sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]))
print(sum([complex(1, 2), 3]), sum([1, complex(1, 2)]))
import sys


class F(float):
    def __radd__(self, o):
        print("F.__radd__", o)
        return 100.0


print(sum([1.0, F(2.0)]), sum([1, F(2.0)]), sum([F(2.0), 1]))
print(sum([2**62, 2**62]), sum([2**62, 2**62, -1]), sum([-(2**63), -1]), sum([2**64, 1]))
print(sum([True, 2**63 - 1]), type(sum([True, False])).__name__, sum([], True), sum([1], True))
big = [10**20, 10**20]
print(sum(big), sum(big, 0.5), sum([0.5] + big))
x = 12345.5
s = sum([x])
print(s == x, s is x)
def gen():
    yield 1
    yield 2.5
    raise ValueError("stop")
try:
    sum(gen())
except ValueError as e:
    print("ValueError", e)
