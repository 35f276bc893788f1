# Slots are released and traversed class by class from the most derived up (clear_slots,
# subtype_traverse), each class's in sorted order.
import gc
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
class S: __slots__ = ('b', 'a', 'c')
class T(S): __slots__ = ('z', 'd')
class U(T): pass
t = T(); t.a = D('a'); t.z = D('z'); t.d = D('d'); t.c = D('c'); del t
print([x.n for x in gc.get_referents(T.__new__(T)) if isinstance(x, D)])
u = U(); u.a = D('ua'); u.z = D('uz'); u.extra = D('extra')
print([getattr(x, 'n', type(x).__name__) for x in gc.get_referents(u)])
del u
class E(Exception): __slots__ = ('p', 'q')
class F(E): __slots__ = ('r',)
f = F(); f.p, f.q, f.r = D('p'), D('q'), D('r'); del f
