# enum flags: Flag and IntFlag bit operations, pseudo-members for combinations, iteration
# of canonical members, boundaries (STRICT, CONFORM, EJECT, KEEP), verify(), global_enum,
# show_flag_values and enum.bin.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, show_flag_values, global_enum, Enum
import enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), len(Perm), Perm.RWX, repr(Perm.R | Perm.W), Perm.R | Perm.W | Perm.X is Perm.RWX)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R), Perm.R & Perm.W, repr(Perm.RWX & Perm.R))
print(~Perm.R, repr(~Perm.RWX), Perm.R ^ Perm.RWX, Perm.R in Perm.RWX, Perm.W in Perm.R)
print(list(Perm.R | Perm.X), len(Perm.R | Perm.X), list(Perm.RWX), Perm.__members__.keys())
print(Perm(6), Perm['RWX'], Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_, Perm._boundary_)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    1 in Perm.R
except TypeError as e:
    print(e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, [m.value for m in Color], repr(Color.RED | Color.BLUE), Color(7) is Color.WHITE)

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), repr(IP(0)), IP.R + 1, IP.R == 4, isinstance(IP.R, int))
print(repr(~IP.R), repr(IP(-1)), repr(IP(17)), f"{IP.R:b}", str(IP.W), format(IP.R|IP.X))
print(repr(IP.R & 6), repr(6 & IP.R), repr(IP.R ^ IP.W), repr(5 | IP.W), IP(3) in IP(7))
print(list(IP(7)), list(IP), len(IP(5)), IP.R.value, IP.R.name, (IP.R|IP.W).name)

class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conf(7)), Conf._boundary_)
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Ej(7)), type(Ej(7)))
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 4
print(repr(Kp(7)), repr(Kp(2)), repr(~Kp.A))
class Unordered(Flag):
    B = 2
    A = 1
    C = 4
print(list(Unordered), list(Unordered(7)))
print(show_flag_values(13), enum.bin(10), enum.bin(-11), enum.bin(3, 8))
print(list(FlagBoundary), repr(STRICT), str(KEEP), KEEP == 'keep')
@verify(UNIQUE, CONTINUOUS)
class Ok(Enum):
    A = 1
    B = 2
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 4
except ValueError as e:
    print(e)
try:
    @verify(UNIQUE)
    class Al(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        ABC = 7
except ValueError as e:
    print(e)
@global_enum
class GE(Enum):
    ALPHA = 1
    BETA = 2
print(repr(GE.ALPHA), str(GE.BETA), ALPHA is GE.ALPHA)
print(repr(UNIQUE), enum.EnumCheck.__mro__)
class Empty(Enum):
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
print(list(Empty), len(Empty))
class MyFlagBase(Flag):
    def describe(self): return 'flag ' + str(self._value_)
class Sub(MyFlagBase):
    A = 1
print(Sub.A.describe(), repr(Sub.A | Sub.A))
