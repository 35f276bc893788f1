# dataclasses: the generated __init__/__repr__/__eq__/order/__hash__/frozen methods, field()
# options, InitVar, KW_ONLY, __post_init__, asdict/astuple/replace, make_dataclass, the
# class docstring, __match_args__, and the errors CPython raises (messages, tracebacks).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, MISSING, FrozenInstanceError, make_dataclass
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.__dataclass_params__)
print(Point.__dataclass_fields__['x'])
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__init__.__annotations__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=5))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1))

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'x'
v = V(1)
print(v < V(2), v >= V(1, 'a'), hash(v) == hash((1, 'x')), sorted([V(3), V(1), V(2)]))
try:
    v.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.b
except AttributeError as e:
    print(e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)

@dataclass
class C:
    items: list = field(default_factory=list)
    n: int = field(default=3, repr=False, compare=False)
    meta: int = field(default=0, metadata={'unit': 'm'})
c = C()
c.items.append(1)
print(c, C(), c == C([1], 9), fields(C)[2].metadata, fields(C)[0].default_factory)
print(C.__doc__)

@dataclass
class Node:
    val: int
    next: 'Node' = None
n = Node(1)
n.next = n
print(n)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(3)
print(w, fields(w), WithInit.__dataclass_fields__['scale'])
print(replace(w, scale=5))

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K.__match_args__, K.__doc__)
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class KO:
    x: int
    y: int = field(kw_only=False, default=3)
print(KO(x=1), KO.__doc__)

Q = make_dataclass('Q', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.a * 2})
q = Q(1, 2)
print(q, q.double(), Q.__doc__)
try:
    make_dataclass('R', ['class'])
except TypeError as e:
    print(e)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)))

@dataclass
class E:
    a: int
print(E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(e)

@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)

@dataclass
class Outer:
    pts: list
    d: dict
    t: tuple
print(asdict(Outer([Point(1, 2)], {'k': Point(3, 4)}, (Point(5, 6), 7))))
print(astuple(Outer([Point(1, 2)], {'k': Point(3, 4)}, (Point(5, 6), 7))))
try:
    asdict(1)
except TypeError as e:
    print(e)
try:
    fields(1)
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)

@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), fields(Derived))
try:
    @dataclass(frozen=True)
    class FD(Base):
        pass
except TypeError as e:
    print(e)

match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
print(repr(MISSING)[:30], dataclasses.KW_ONLY.__class__.__name__)
print(InitVar[int], InitVar[list[int]])
print(dataclasses.__all__)

import traceback
@dataclass(frozen=True)
class FP:
    x: int
    y: int = 0
try:
    FP()
except TypeError as e:
    print(e)
try:
    FP(1, 2, 3)
except TypeError as e:
    print(e)
try:
    FP(1, z=2)
except TypeError as e:
    print(e)
fp = FP(1)
try:
    fp.x = 5
except Exception:
    traceback.print_exc()
@dataclass
class Q:
    a: int
    def __post_init__(self):
        raise ValueError('bad a')
try:
    Q(1)
except Exception:
    traceback.print_exc()
fp.x = 3
