class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __add__(self, o):
        if isinstance(o, M): return M(self.v + o.v)
        if isinstance(o, int): return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return M(o + self.v)
    def __sub__(self, o): return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o): return M(o - self.v)
    def __mul__(self, o): return M(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, o): return M(self.v / o)
    def __floordiv__(self, o): return M(self.v // o)
    def __mod__(self, o): return M(self.v % o)
    def __pow__(self, o, m=None): return M(pow(self.v, o, m))
    def __rpow__(self, o): return M(o ** self.v)
    def __neg__(self): return M(-self.v)
    def __pos__(self): return self
    def __abs__(self): return M(abs(self.v))
    def __invert__(self): return M(~self.v)
    def __and__(self, o): return M(self.v & o)
    def __or__(self, o): return M(self.v | o)
    def __xor__(self, o): return M(self.v ^ o)
    def __lshift__(self, o): return M(self.v << o)
    def __rshift__(self, o): return M(self.v >> o)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
m = M(5)
print(m + 1, 1 + m, m + M(2), m - 1, 10 - m, m * 2, 3 * m, m / 2, m // 2, m % 3)
print(m ** 2, 2 ** m, pow(m, 2, 3), -m, +m, abs(M(-3)), ~m, m & 3, m | 8, m ^ 1, m << 2, m >> 1)
print(m @ 1, 1 @ m)
m += 3
print(m)
x = M(1)
x -= 1
print(x)
try:
    m + "s"
except TypeError as e:
    print(e)
try:
    "s" - m
except TypeError as e:
    print("err", e)
class Sub(M):
    def __radd__(self, o):
        return "Sub.radd wins"
print(M(1) + Sub(2))
