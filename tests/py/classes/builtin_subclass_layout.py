import sys, gc
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class St(set): pass
class Ls(list): __slots__ = ()
class Ts(tuple): __slots__ = ()
class Is(int): __slots__ = ()
class Ss(str): __slots__ = ('a',)
for o in (L(), L([1,2,3]), D(), D(a=1), T(), T((1,2)), S(''), S('abc'), I(5), I(2**40), F(1.5), St(), Ls(), Ts((1,2)), Is(3), Ss('ab')):
    print(type(o).__name__, repr(o), sys.getsizeof(o), gc.is_tracked(o), o.__sizeof__(), hasattr(o, '__dict__'))
x = I(5); x.a = 1; print(x, x.a, x.__dict__, type(x+1), repr(x+1))
d = D(a=1); print(type(d.copy()), d == {'a':1}, str(d), repr(L([1])), str(S('x')), repr(S('x')))
print(T((1,2)) + (3,), type(T((1,2)) + (3,)), type(T((1,2))[0:1]), type(L([1,2])[:]))
print(sys.getrefcount(d))
