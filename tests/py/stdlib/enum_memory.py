# enum and memory: sizes and refcounts of members (the class, _member_map_ and
# _value2member_map_ hold them), and an enum class with its members freed by gc.collect().
import sys, gc, weakref
from enum import Enum, IntEnum, Flag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
class Num(IntEnum):
    ONE = 1
    BIG = 2 ** 70
class S(StrEnum):
    A = 'a'
print(sys.getsizeof(Color.RED), sys.getsizeof(Num.ONE), sys.getsizeof(Num.BIG), sys.getsizeof(S.A))
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN), sys.getrefcount(Num.ONE))
print(gc.is_tracked(Color.RED), gc.is_tracked(Num.ONE), sys.getsizeof(Color.RED.__dict__))
r = weakref.ref(Color.GREEN)
rc = weakref.ref(Color)
del Color
print(gc.collect() > 0, r(), rc())
class Tracked(Enum):
    A = 1
    def __del__(self):
        print('del', self._name_)
del Tracked
gc.collect()
print('end')
