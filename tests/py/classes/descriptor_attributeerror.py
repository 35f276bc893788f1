# An AttributeError from a descriptor (an empty slot, a property) falls to __getattr__,
# and hasattr / getattr's default swallow it, as slot_tp_getattr_hook does.
class A:
    __slots__ = ('a',)
print(hasattr(A(), 'a'), getattr(A(), 'a', 'd'))
class G:
    __slots__ = ('a',)
    def __getattr__(s, n):
        return 'ga:' + n
print(G().a)
class P:
    @property
    def p(self):
        raise AttributeError("nope")
    def __getattr__(self, n):
        return 'fallback ' + n
print(P().p, hasattr(P(), 'p'))
class Q:
    @property
    def q(self):
        raise AttributeError("gone")
print(hasattr(Q(), 'q'), getattr(Q(), 'q', 7))
try:
    Q().q
except AttributeError as e:
    print(e)
try:
    A().a
except AttributeError as e:
    print(e)
class R:
    @property
    def r(self):
        raise ValueError("other")
try:
    hasattr(R(), 'r')
except ValueError as e:
    print("ValueError", e)
