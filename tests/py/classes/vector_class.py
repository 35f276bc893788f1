class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, a @ b, abs(b), a == Vec(1, 2), list(a), a[1], len(a))
x, y = b
print(x, y, tuple(a), dict(zip("xy", b)), [*a, *b])
