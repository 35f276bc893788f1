class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 0), Point(4, 4), Point3(4, 4, 1), Point(1, 2), 7]:
    print(where(p))


class NoArgs:
    def __init__(self):
        self.a = 1


match NoArgs():
    case NoArgs(a=1):
        print("keyword-only match")

match NoArgs():
    case NoArgs(b=1):
        print("no")
    case NoArgs(a=x):
        print("missing attribute means no match; a =", x)

# builtin types match the subject itself with one positional pattern
for v in [5, 2.5, "text", [1, 2], (1,), {1: 2}, {3}, frozenset({4}), True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list([a, b]):
            print("list of two", a, b)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", sorted(s))

# properties and __getattr__ are used for attributes
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("computing value")
        return 42

    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)


match Lazy():
    case Lazy(42, dyn=d):
        print("got", d)

# attributes are all fetched before the sub-patterns are tried
class Trace:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("get a")
        return 1

    @property
    def b(self):
        print("get b")
        return 2


match Trace():
    case Trace(0, b):
        print("no")
    case Trace(1, b):
        print("b =", b)
