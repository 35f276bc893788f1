# a coroutine-style generator whose match subject is the value sent in
def interpreter():
    total = 0
    while True:
        match (yield total):
            case ("add", int(n)):
                total += n
            case ("mul", int(n)):
                total *= n
            case ("reset",):
                total = 0
            case "stop":
                return f"stopped at {total}"
            case other:
                print("unknown command", other)


g = interpreter()
print(next(g))
for cmd in [("add", 5), ("mul", 3), ("bogus", 1), ("reset",), ("add", 2)]:
    print(cmd, "->", g.send(cmd))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration:", e.value)


# match statements whose case bodies yield from sub-generators
def flatten(x):
    match x:
        case list() | tuple():
            for item in x:
                yield from flatten(item)
        case {"value": v}:
            yield from flatten(v)
        case _:
            yield x


print(list(flatten([1, (2, [3, {"value": [4, 5]}]), {"value": 6}, "s"])))


# attributes of a class pattern are fetched through __getattribute__
class Trace:
    __match_args__ = ("a", "b")

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def __init__(self):
        self.a = 1
        self.b = 2


match Trace():
    case Trace(0, b):
        print("no")
    case Trace(1, b, c=3) | Trace(1, b):
        print("b =", b)
