# PyObject_LengthHint: the hints list() sizes its storage by (sys.getsizeof shows them), from
# builtin iterators, a class's __len__ or __length_hint__, and operator.length_hint.
import sys
d = {i: i for i in range(5)}
s = set(range(7))
class It:
    def __init__(self): self.n = 3
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1; return self.n
    def __length_hint__(self):
        print("hint"); return 3
class Bad(It):
    def __length_hint__(self): return "x"
class Neg(It):
    def __length_hint__(self): return -1
class NI(It):
    def __length_hint__(self): return NotImplemented
for x in [iter(d), iter(d.values()), iter(d.items()), iter(s), iter("abcdef"), iter(b"abc"), iter(bytearray(b"ab")), map(str, range(5)), zip("ab", "cd"), enumerate("abc"), iter(range(3)), reversed("abcd"), (i for i in range(4)), It(), NI(), filter(None, [1, 0, 2])]:
    print(type(x).__name__, sys.getsizeof(list(x)))
for x in [Bad(), Neg()]:
    try: list(x)
    except Exception as e: print(type(e).__name__, e)
import operator
print(operator.length_hint([1, 2]), operator.length_hint(It()), operator.length_hint(object(), 5), operator.length_hint(iter(d)))
for a in [(), (1, 2, 3), ([1], 'x'), ([1], 2.5)]:
    try:
        print(operator.length_hint(*a))
    except TypeError as e:
        print(e)
try:
    operator.length_hint(obj=[1])
except TypeError as e:
    print(e)
print(operator.length_hint, operator.length_hint(It(), 7), operator.length_hint(NI(), 7))
it = iter(d)
next(it)
print(it.__length_hint__(), iter(s).__length_hint__(), iter(b"abc").__length_hint__(), iter(d.items()).__length_hint__())
d[99] = 1
print(it.__length_hint__())
class L:
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return 4
class L2:
    def __len__(self): raise ValueError("bad len")
print(operator.length_hint(L()))
try:
    operator.length_hint(L2())
except ValueError as e:
    print("ValueError", e)
class TE:
    def __length_hint__(self): raise TypeError("x")
print(operator.length_hint(TE(), 9))
