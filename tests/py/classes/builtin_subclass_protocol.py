import sys, gc
class St(set): pass
class F(frozenset): pass
print(St(), St([1]), F(), F([1]), set(), frozenset([2]), sys.getsizeof(St()), sys.getsizeof(F([1])))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], len(d), 'a' in d, list(d), d.get('q'), d.keys())
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"
ld = LoggingDict()
ld['x'] = 1
ld.update(y=2)
print(ld, ld == {'x': 1, 'y': 2}, dict.__getitem__(ld, 'x'))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0:2], type(s[0:2]), bool(Stack()), s == [1, 2, 3], s + [4])
s += [5]
print(s, type(s))
s.extra = 'hi'
print(s.extra, s.__dict__, sorted(s, reverse=True), sum(s), 3 in s)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, p[1], hash(p) == hash((1, 2)), p == (1, 2), {p: 1}[(1, 2)], len(p))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(7)
print(m, m + 1, m * 2, -m, m == 7, hash(m), {7: 'x'}[m], str(m), f"{m}", m < 10, abs(m), int(m), float(m))
class Name(str):
    def shout(self): return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), n + 'x', len(n), n == 'bob', {'bob': 1}[n], n[0], n.startswith('b'), 'o' in n)
class Temp(float): pass
t = Temp(1.5)
print(t, t * 2, t == 1.5, round(t), bool(Temp(0.0)), bool(MyInt(0)))
class C(dict): pass
c = C()
c['self'] = c
del c
print(gc.collect())
print(isinstance(d, dict), type(d).__mro__)
try:
    object.__new__(Stack)
except TypeError as e:
    print(e)
print(list.__new__(Stack), dict.__new__(D))
class Counterish(dict):
    def __missing__(self, key):
        return 0
cc = Counterish()
for ch in 'hello':
    cc[ch] += 1
print(cc)
class Version(tuple):
    pass
print(Version((1, 2)) < Version((1, 3)), sorted([Version((2,)), Version((1, 5))]), Version((1,)) == Version((1,)))
class Name2(str):
    pass
print(Name2("a") < Name2("b"), max(Name2("x"), Name2("y")))
