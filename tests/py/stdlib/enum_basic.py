# enum: Enum members (access by attribute, name and value, aliases, iteration, len, in,
# __members__), repr/str/format, hash and comparison, errors, auto(), members with
# __init__ and methods, IntEnum, StrEnum, the functional API, _missing_, _ignore_,
# member/nonmember, _order_, subclassing, dir().
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType, member, nonmember
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color['GREEN'], Color(3), Color(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.__members__, list(Color.__members__))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(type(Color.RED), isinstance(Color.RED, Color), type(Color), EnumMeta is EnumType)
print(f"{Color.RED}", format(Color.GREEN), f"{Color.RED:>12}|", str(Color.BLUE))
print(repr(Color), list(reversed(Color)), bool(Color), bool(Color.RED))
try:
    Color(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.PURPLE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)
try:
    class Re(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Sun(Enum):
        _bad_ = 1
except ValueError as e:
    print(e)
print(Color.RED < Color.GREEN if False else 'skip')
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return f'{self.name} {self.mass}'
    @classmethod
    def first(cls):
        return list(cls)[0]
    @staticmethod
    def s():
        return 'static'
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.EARTH.describe(), Planet.first(), Planet.s())
print(Planet((3.303e+23, 2.4397e6)))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.ONE == 1, Num.TWO > Num.ONE, f"{Num.TWO:03d}", f"{Num.ONE}", format(Num.ONE, 'x'))
print(Num(2), sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), hash(Num.ONE) == hash(1), int(Num.TWO), [1, 2, 3][Num.ONE])
try:
    Num(3)
except ValueError as e:
    print(e)

class Sx(StrEnum):
    A = auto()
    B = 'bee'
print(Sx.A, repr(Sx.A), Sx.B == 'bee', Sx.A.upper(), f"{Sx.B:>5}", list(Sx), Sx('bee'))
try:
    class BadS(StrEnum):
        X = 1
except TypeError as e:
    print(e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(list(Shape))
Mood = IntEnum('Mood', {'HAPPY': 5, 'SAD': -1})
print(list(Mood), Mood.HAPPY + 0)

class WithMissing(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(WithMissing('A'), WithMissing('b'))
try:
    WithMissing('z')
except ValueError as e:
    print(e)

class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(Ign), hasattr(Ign, 'tmp'))

class NM(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
print(list(NM), NM.B)

class Order(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Order))
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(e)

class Base(Enum):
    def hello(self):
        return 'hi ' + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), isinstance(Derived.X, Base))
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__class__.__name__, Color._member_names_, Color._value2member_map_)
print(enum.__all__)
class Unhash(Enum):
    A = [1]
    B = [2]
print(Unhash([2]), Unhash.A.value)
print(Color.__dict__['RED'] if 'RED' in Color.__dict__ else 'no')
class CV(Enum):
    name = 1
    value = 2
print(CV.name, CV.value, CV.name.name, CV.value.value)
