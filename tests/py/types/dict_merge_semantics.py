# dict(d), d.copy(), {**d} and d.update(d2) read a dict's (or a dict subclass's) entries directly:
# no keys()/__getitem__ calls, no __eq__ into an empty dict, RuntimeError when the source grows.
class D(dict):
    def keys(self): print('keys'); return super().keys()
    def __getitem__(self, k): print('getitem'); return super().__getitem__(k)
d = D(a=1)
print({**d}, dict(d)); x = {}; x.update(d); print(x)
class E(dict):
    def __iter__(self): print('iter'); return super().__iter__()
    def keys(self): print('keysE'); return super().keys()
    def __getitem__(self, k): print('getitemE'); return super().__getitem__(k)
e = E(b=2)
print({**e}); print(dict(e)); y = {}; y.update(e); print(y)

class K:
    def __init__(self, n, target=None):
        self.n = n
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        if self.target is not None:
            self.target["new"] = 1
            self.target = None
        return self is other
src = {K(1): "a", K(2): "b"}
print(len(src.copy()), len(dict(src)), len({**src}))
dst = {K(0): "z"}
try:
    dst.update(src)
except RuntimeError as e:
    print("RuntimeError", e)
victim = {}
a = {K(3, victim): 1}
victim[K(4)] = 2
victim[K(5)] = 3
b = dict(victim)
try:
    a.update(victim)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(a), len(victim))

# Into an empty dict: a clean, small or well-filled source is cloned (no __eq__); one with
# deleted entries goes key by key (copy() clones while at most a third is deleted).
class KC:
    def __init__(s, n): s.n = n
    def __hash__(s): return 7
    def __eq__(s, o):
        print("eq", s.n, o.n)
        return s is o
d = {KC(1): 1, KC(2): 2}
print("-- clean")
e = dict(d)
c = {}
c.update(d)
d[KC(3)] = 3
x = next(iter(d))
print("-- holes")
del d[x]
e = dict(d)
f = d.copy()
g = {**d}
print("-- big")
b = {KC(i): i for i in range(6)}
print("-- big copy")
e = dict(b)
