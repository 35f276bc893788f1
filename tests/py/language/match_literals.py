def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"


for v in [0, 1, 3, -1, 2.5, "hello", None, True, False, 1.0, 0.0, "x", [], 7]:
    print(repr(v), describe(v))

# singletons compare by identity, values by ==
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return True

match Eq():
    case None:
        print("None?")
    case 5:
        print("five via __eq__")

match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 == 1")

x = 10
match x:
    case 10 if x > 100:
        print("big ten")
    case 10:
        print("ten")
print("no match falls through")
match 42:
    case 1:
        print("one")
print("done")
