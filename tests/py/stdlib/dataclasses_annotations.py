# dataclasses with string annotations (from __future__ import annotations): InitVar and
# KW_ONLY recognised textually as CPython does ('InitVar[int]', 'dataclasses.InitVar[int]'),
# a field named self, a descriptor default told its name, fields of subclasses.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY

@dataclass
class A:
    x: int
    scale: InitVar[int] = 1
    other: dataclasses.InitVar[str] = 'o'
    _: KW_ONLY
    label: str = 'a'
    def __post_init__(self, scale, other):
        self.x *= scale
        print('post_init', scale, other)
a = A(2, 3, label='z')
print(a, A.__doc__, [f.name for f in fields(A)], [f.type for f in fields(A)])
print(A.__dataclass_fields__['scale']._field_type, A.__dataclass_fields__['x'].type)
print(A.__init__.__annotations__)

@dataclass
class S:
    self: int
    other: int = 2
print(S(1), S(self=5))

class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return 7
        return getattr(obj, self.name, 7)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

@dataclass
class WithDesc:
    d: int = Desc()
w = WithDesc()
print(w, WithDesc(3).d)

@dataclass
class Base:
    a: int
    def __post_init__(self):
        print('Base post_init', self)
@dataclass
class Child(Base):
    b: int = 0
    def __post_init__(self):
        super().__post_init__()
        print('Child post_init', self.b)
Child(1, 2)
print(Child.__mro__, Child.__match_args__)

@dataclass(init=False)
class NoInit:
    a: int = 1
    def __init__(self, a, b: str = 'b', *, c=3):
        self.a = a + c
print(NoInit(1), NoInit.__doc__)

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(repr(Plain(1))[:22], Plain(1) == Plain(1))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

try:
    @dataclass(order=True)
    class BadOrder:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class BadEq:
        a: int
except ValueError as e:
    print(e)
try:
    @dataclass(unsafe_hash=True)
    class BadHash:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class TwoKW:
        _: KW_ONLY
        b: KW_ONLY
except TypeError as e:
    print(e)
try:
    @dataclass
    class InitVarFactory:
        a: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
try:
    dataclasses.replace(a, x=1)
except ValueError as e:
    print(e)
try:
    dataclasses.replace(A(1), label='q', nope=3)
except TypeError as e:
    print(e)
