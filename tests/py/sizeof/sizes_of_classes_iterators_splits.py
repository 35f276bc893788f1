"""sys.getsizeof of classes (920, or 1688 with the shared keys of a managed __dict__, also
for a metaclass's classes), of iterators, tracebacks, and of lists split and splitlines
make (preallocated as CPython's C code does)."""
import sys, itertools, functools, collections, weakref, types
def g():
    yield 1
def f(): pass
class C:
    def m(self): pass
try: 1/0
except Exception as e: tb = e.__traceback__
objs = {
 "enumerate": enumerate([]), "zip0": zip(), "zip2": zip([1],[2]), "map": map(len, []), "filter": filter(None, []),
 "reversed": reversed([]), "iter_list": iter([]), "iter_tuple": iter(()), "iter_str": iter(""), "iter_range": iter(range(3)),
 "iter_dict": iter({}), "dict_items": {}.items(), "dict_keys": {}.keys(), "range": range(10), "slice": slice(1,2),
 "traceback": tb, "function": f, "method": C().m, "cell": (lambda: tb).__closure__, 
 "property": property(), "staticmethod": staticmethod(f), "classmethod": classmethod(f), "partial": functools.partial(f),
 "module": sys, "weakref": weakref.ref(f), "object": object(), "None": None, "float": 1.5, "complex": 1j, "bool": True,
 "deque": collections.deque(), "count": itertools.count(), "chain": itertools.chain(), "repeat": itertools.repeat(1),
 "lambda": lambda: 0, "super": super(C, C()), "exception": ValueError("x"), "mappingproxy": C.__dict__,
 "simplens": types.SimpleNamespace(), "memoryview": memoryview(b"ab"), "bytearray": bytearray(b"ab"), "set": set(), "frozenset": frozenset(),
 "list_split": "a b c d e f".split(), "ellipsis": ..., "notimpl": NotImplemented,
}
for k, v in objs.items():
    print(k, sys.getsizeof(v))

class A: pass
class S: __slots__ = ('a',)
class S0: __slots__ = ()
class M(type): pass
class X(metaclass=M): pass
class XS(metaclass=M): __slots__ = ()
class B(A): pass
class E(Exception): pass
class L(list): pass
class SD(S): pass
print([sys.getsizeof(c) for c in (A, S, S0, X, XS, B, E, L, M, type, int, SD)])
for s, kw in [('a b c d e f', {}), ('', {}), ('a', {}), (' '.join('x'*12), {}), (' '.join('x'*13), {}), (' '.join('x'*30), {}), ('a b c', {'maxsplit':1}), ('a,b,c', {'sep':','}), ('a,b', {'sep':',','maxsplit':0})]:
    print(len(s.split(**kw)), sys.getsizeof(s.split(**kw)), sys.getsizeof(s.rsplit(**kw)))
print(sys.getsizeof('a\nb\nc'.splitlines()), sys.getsizeof('a\nb'.splitlines()), sys.getsizeof(''.splitlines()), sys.getsizeof('\n'.join('x'*10).splitlines()))
print(sys.getsizeof(b'a b c'.split()), sys.getsizeof(bytearray(b'a b').split()), sys.getsizeof(b'a\nb'.splitlines()))
