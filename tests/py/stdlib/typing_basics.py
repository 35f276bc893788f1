# typing: the special forms and the generic aliases of builtin and collections.abc
# classes (reprs, equality, caching, get_origin/get_args, errors), NewType, get_type_hints,
# and the subscription cache keeping what it made alive until typing's cleanups run.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', str, bytes, covariant=True)
print(T, K, C, T.__name__, K.__bound__, C.__constraints__, T.__module__)
print(List[int], Optional[int], Union[int, str], Dict[str, Any], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], float], Callable[..., int], Callable[[], None], Type[int], Set[str], FrozenSet[int])
print(Optional[Union[int, str]], Union[int, None], Union[None, int], Union[int], Union[int, int, str])
print(List, Dict, Callable, Tuple, Any, Optional, Union, ClassVar, Final, Literal, Iterable, Iterator)
print(Literal[1, 2, 'a'], Literal[1, 1, True], ClassVar[int], Final[str], Annotated[int, 'meta', 3])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[str, T], MutableMapping[K, T])
print(List[T][int], Dict[str, T][int], Optional[T][str], Callable[[T], T][int])
print(int | None, List[int] | None, Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(T | int, int | T, Any | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]))
print(get_origin(int | str), get_args(int | str), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(get_origin(int), get_args(int), get_origin(Generic), get_origin(Generic[T]))
print(List[int] == List[int], List[int] is List[int], hash(List[int]) == hash(List[int]))
print(cast(int, 'x'), TYPE_CHECKING, Text)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Hashable))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: isinstance(1, Union)
except TypeError as e: print(e)
print(isinstance(1, Union[int, str]), isinstance(1.0, Optional[int]), isinstance(None, Optional[int]))
try: List[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
try: Union()
except TypeError as e: print(e)
try: Callable[int]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: Union[int, (1, 2)]
except TypeError as e: print(e)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], AbstractSet[int], ByteString)
print(typing.Hashable, typing.Sized, Awaitable[int], ContextManager[int])
print(repr(Any), Any.__module__, NoReturn, Never, Self, LiteralString, TypeAlias)
print(Optional[List[Dict[str, Tuple[int, ...]]]])
print(Union[int, List[int], None], Optional[Callable[..., Any]])
def f(x: int, y: 'List[int]' = None) -> Optional[str]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'str'
    z: ClassVar[int] = 3
print(get_type_hints(A))
print(Annotated[int, 'x'] == Annotated[int, 'x'], Annotated[Annotated[int, 1], 2])
print(get_type_hints(lambda: 0))
print(typing.ForwardRef('int'), Union['int', str], List['X'])
import gc, weakref
class Node: pass
w = weakref.ref(Node)
alias = List[Node]
print(alias, List[Node] is alias)
del alias, Node
gc.collect()
print(w() is not None)
for clear in typing._cleanups:
    clear()
gc.collect()
print(w())
