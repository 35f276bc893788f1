# typing: user generics (Generic[T], substitution, __orig_bases__/__parameters__, the
# errors), Protocol and runtime_checkable, the Supports* protocols, NamedTuple (class and
# functional forms), TypedDict, overload, final, no_type_check, assert_never.
from typing import *
import typing
T = TypeVar('T'); U = TypeVar('U')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(3); print(s.pop(), s.__orig_class__, Stack[int], Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__, Generic[T])
class Pair(Generic[T, U]):
    pass
print(Pair[int, str], Pair[int, T], Pair[int, T][str], Pair.__parameters__)
class IntStack(Stack[int]): pass
print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__)
class M(Mapping[str, T]): pass
print(M.__mro__, M.__parameters__)
try: Stack[int, str]
except TypeError as e: print(e)
try:
    class Bad(Generic[T], Generic[U]): pass
except TypeError as e: print(e)
try:
    class Bad2(List[T], Generic[U]): pass
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic[T, T]
except TypeError as e: print(e)
try:
    class Bad3(Generic): pass
except TypeError as e: print(e)
try: Stack[int][int]
except TypeError as e: print(e)
class LL(List[T]): pass
print(LL.__mro__, LL[int], LL.__parameters__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class NP(Protocol):
    def meth(self) -> int: ...
try: isinstance(F(), NP)
except TypeError as e: print(e)
try: NP()
except TypeError as e: print(e)
class Impl(NP):
    def __init__(self, x): self.x = x
    def meth(self): return self.x
print(Impl(4).meth(), NP._is_protocol, Impl._is_protocol)
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX))
try: issubclass(WithX, HasX)
except TypeError as e: print(e)
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat), issubclass(int, SupportsIndex), isinstance(-1, SupportsAbs))
print(SupportsAbs[int], SupportsInt.__mro__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)
p = Point(3)
print(p, p.dist(), Point._fields, Point._field_defaults, Point.__annotations__, Point.__orig_bases__, type(p).__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__module__)
E2 = NamedTuple('E2', name=str)
print(E2('z'))
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
try:
    class BadNT2(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e: print(e)

class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie2.__optional_keys__, Movie2.__total__, Movie.__total__, sorted(Movie2.__annotations__))
print(is_typeddict(Movie), is_typeddict(dict), Movie.__mro__)
try: isinstance(m, Movie)
except TypeError as e: print(e)
P2 = TypedDict('P2', {'x': int, 'y': int})
print(P2(x=1, y=2), P2.__module__, sorted(P2.__required_keys__))
class M3(TypedDict):
    a: NotRequired[int]
    b: Required[str]
print(M3.__required_keys__, M3.__optional_keys__)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), len(get_overloads(g)))
try: get_overloads(g)[0](1)
except NotImplementedError as e: print(e)
@final
class Fin: pass
print(Fin.__final__)
print(no_type_check(g) is g, g.__no_type_check__, get_type_hints(g))
try: assert_never(3)
except AssertionError as e: print(e)
print(reveal_type(5))
class UI(int): pass
print(typing.IO, typing.TextIO.__mro__, typing.IO[str])
