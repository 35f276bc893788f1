it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it), next(it, "end"))
s = iter("ab")
print(type(s).__name__, list(s))
t = iter((1,))
print(type(t).__name__)
r = iter(range(3))
print(type(r).__name__, list(r))
d = iter({"a": 1})
print(type(d).__name__, next(d))
e = enumerate("xy")
print(type(e).__name__, next(e), list(e))
z = zip("ab", "cd")
print(next(z), list(z))
rv = reversed([1, 2, 3])
print(type(rv).__name__, list(rv))
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(Squares(4)), sum(Squares(3)), 4 in Squares(3))
