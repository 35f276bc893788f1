# WeakSet set algebra and the | operators of the weak dictionaries (Lib/_weakrefset.py, Lib/weakref.py)
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


a, b, c, d = K(1), K(2), K(3), K(4)
s1 = weakref.WeakSet([a, b, c])
s2 = weakref.WeakSet([b, c, d])
key = lambda k: k.n
print(sorted(s1 - s2, key=key), sorted(s1 & s2, key=key), sorted(s1 | s2, key=key), sorted(s1 ^ s2, key=key))
print(s1 <= s2, weakref.WeakSet([b]) <= s1, weakref.WeakSet([b]) < s1, s1 >= weakref.WeakSet([a]), s1 > s1)
print(s1 == weakref.WeakSet([c, b, a]), s1 == s2, s1 != s2, s1 == {a, b, c})
print(s1.isdisjoint(s2), s1.isdisjoint([d]), sorted(s1.union([d]), key=key), sorted(s1.intersection([a, d]), key=key))
s3 = s1.copy()
s3 -= [a]
s3 |= [d]
print(sorted(s3, key=key), len(s3))
s3 &= [b, d]
print(sorted(s3, key=key))
s3 ^= [b, c]
print(sorted(s3, key=key))
del d
print(len(s2), len(s3))
s3.difference_update([c])
print(list(s3))
wv = weakref.WeakValueDictionary({1: a})
wv2 = wv | {2: b}
print(sorted(wv2.keys()), type(wv2).__name__)
wv |= {3: c}
print(sorted(wv.keys()))
wk = weakref.WeakKeyDictionary({a: 1})
wk2 = wk | {b: 2}
print(sorted(wk2.values()), type(wk2).__name__)
print(sorted(({c: 3} | wk).values()))
