# object.__getstate__, __reduce__, __reduce_ex__ and the builtins' __getnewargs__.
import copy


class C:
    pass


class S:
    __slots__ = ("a", "b")


class R:
    def __reduce__(self):
        return (R, ())


c = C()
print(c.__getstate__())
c.x = 1
print(c.__getstate__())
s = S()
print(s.__getstate__())
s.a = 2
print(s.__getstate__())
r = c.__reduce__()
print(r[0].__name__, r[1], r[2:])
for proto in (0, 1, 2, 4):
    r = c.__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1:])
print(R().__reduce_ex__(4))
print(copy.copy(c).x, copy.deepcopy(c).x, type(copy.copy(R())).__name__)
print((1).__getnewargs__(), True.__getnewargs__(), (1.5).__getnewargs__(),
      "a".__getnewargs__(), (1, 2).__getnewargs__(), b"x".__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
for bad in ("x", 1):
    try:
        float.__getformat__(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(super(int, 5).__self__, super(int, 5).__thisclass__, super(int, 5).__self_class__)
print(super(int).__self__, type(super(int).__get__(5)).__name__)
print(staticmethod(len)("abc"))
print((lambda: 0).__builtins__ is __builtins__.__dict__)
