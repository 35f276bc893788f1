# list.index and tuple.index bounds, int()'s base and keywords, print's keywords,
# abs() of an object without __abs__, dict() and dict.update() with two positionals.
class Idx:
    def __index__(self):
        return 1


class AbsAttr:
    pass


a = AbsAttr()
a.__abs__ = lambda: 5
cases = [
    lambda: [1, 2, 3, 2].index(2, 2), lambda: (1, 2, 1).index(1, 1), lambda: [1, 2].index(2, 0, 1),
    lambda: [1, 2, 3].index(5, None), lambda: [1, 2, 3].index(3, -1), lambda: [1, 2, 3].index(1, -10, 10),
    lambda: [1, 2].index(2, 1.5), lambda: [1].index(), lambda: [1].index(1, 0, 1, 2),
    lambda: [1, 2, 3].index(2, 10**30), lambda: (1, 2).index(2, -1, None), lambda: [1].index(x=1),
    lambda: [1, 2].index(2, True), lambda: (1, 2, 3).index(3, Idx()), lambda: [1, 2, 3].index(2, -(10**30), 10**30),
    lambda: (1,).index(x=1), lambda: (1, 2).index(3), lambda: (1, 2, 3).index(3, 0, -1),
    lambda: int("10", 37), lambda: int("10", -1), lambda: int("x", -1), lambda: int("10", 2**70),
    lambda: int("10", 1), lambda: int("10", 0), lambda: int(10, 2), lambda: int(x="10"),
    lambda: int("10", base=36), lambda: int("10", 1.5), lambda: int(base=2), lambda: int("1", 2, 3),
    lambda: int("z", Idx()), lambda: int(10, 37),
    lambda: print("x", foo=1), lambda: print("x", end="!\n", sep="-"),
    lambda: abs(None), lambda: abs("x"), lambda: abs(a), lambda: abs(-2.5), lambda: abs(-(10**30)),
    lambda: dict({"a": 1}, {"b": 2}), lambda: dict([], 5), lambda: {}.update({"x": 1}, {"y": 2}),
    lambda: dict({"a": 1}, b=2), lambda: dict(a=1),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
l = [1, 2, 3]


class Shrink:
    def __eq__(self, other):
        l.clear()
        return False


try:
    l.index(Shrink())
except ValueError as e:
    print("ValueError", type(e).__name__)
