# WeakKeyDictionary and WeakSet (§5.4)
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and other.v == self.v

    def __hash__(self):
        return hash(self.v)


wk = weakref.WeakKeyDictionary()
k1 = K(1)
k2 = K(2)
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1], k1 in wk, K(3) in wk, wk.get(K(3), "none"), 5 in wk)
print(sorted(wk.values()), sorted(wk.keys(), key=repr))
del k1
print(len(wk), sorted(wk.values()))
e1 = Eq(10)
wk[e1] = "ten"
print(wk[Eq(10)], Eq(10) in wk)
del e1
print(len(wk), Eq(10) in wk)
print(wk.pop(k2), len(wk))
print(repr(wk).startswith("<WeakKeyDictionary at 0x"))
try:
    wk[[1]] = 1
except TypeError as e:
    print("TypeError:", e)

ws = weakref.WeakSet()
a = K(1)
b = K(2)
ws.add(a)
ws.add(b)
ws.add(a)
print(len(ws), a in ws, K(1) in ws, 1 in ws)
print(sorted(ws, key=repr))
del a
print(len(ws), list(ws))
ws.discard(b)
print(len(ws), repr(ws))
c = K(3)
ws2 = weakref.WeakSet([c, b])
print(len(ws2), sorted(list(ws2), key=repr))
ws2.remove(c)
print(len(ws2))
del b
print(len(ws2), repr(ws2))
