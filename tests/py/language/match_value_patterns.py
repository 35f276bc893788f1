class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1
        LIGHT = 2


def paint(c, shade=None):
    match (c, shade):
        case (Color.RED, Color.Shade.DARK):
            return "dark red"
        case (Color.RED, _):
            return "red"
        case (Color.GREEN, Color.Shade.LIGHT | Color.Shade.DARK as s):
            return f"green shade {s}"
        case _:
            return "unknown"


print(paint("red", 1), paint("red"), paint("green", 2), paint("green", 3), paint("blue"))


# value patterns call __eq__ on the subject first, with the value as argument
class Loose:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  {self.tag}.__eq__({other!r})")
        return other == 3


class Consts:
    THREE = 3
    FOUR = 4


match Loose("subject"):
    case Consts.FOUR:
        print("four")
    case Consts.THREE:
        print("three")

# numbers: 1 == 1.0 == True
for v in [1, 1.0, True, 0, -0.0]:
    match v:
        case 1:
            print(repr(v), "matches 1")
        case 0:
            print(repr(v), "matches 0")

# or-patterns: captures are bound in the first alternative's order
order = []


class Rec:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


a = Rec("old a")
b = Rec("old b")
match (Rec("new b"), Rec("new a"), 1):
    case (a, b, 0) | (b, a, 1):
        print("a is", a.name, "b is", b.name)
print("released:", order)

# as-pattern binds after its sub-pattern's captures
match [1, 2]:
    case [x, y] as pair if print("x, y, pair:", x, y, pair) is None:
        pass

# or of sequences of different shapes
for v in [(1,), (1, 2), [3, 4, 5], "no"]:
    match v:
        case (x,) | (x, _) | (_, _, x):
            print(v, "->", x)
        case _:
            print(v, "-> none")
