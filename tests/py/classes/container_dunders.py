class Grid:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k):
        print("get", k)
        if k not in self.d: raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __reversed__(self): return iter(sorted(self.d, reverse=True))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(len(g), g[1, 2], (1, 2) in g, (5, 5) in g, list(g), list(reversed(g)))
del g[0, 0]
print(len(g), bool(g))
g[::2] = 1
try:
    g["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
for x in Seq():
    print(x)
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty())
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
