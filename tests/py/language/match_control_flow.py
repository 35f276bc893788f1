def gen(items):
    for it in items:
        match it:
            case int(n) if n < 0:
                continue
            case int(n):
                yield n * 10
            case [a, b]:
                yield a
                yield b
            case "stop":
                break
            case str(s):
                yield s.upper()
    yield "end"


print(list(gen([1, -2, [3, 4], "x", "stop", 99])))


def first_even(xs):
    for x in xs:
        match x % 2:
            case 0:
                return x
    return None


print(first_even([1, 3, 6, 8]), first_even([1]))


def nested(v):
    match v:
        case (a, b):
            match b:
                case [c, *_]:
                    return f"nested {a} {c}"
                case _:
                    return f"pair {a} {b}"
        case _:
            return "other"


print(nested((1, [2, 3])), nested((1, 2)), nested(None))

# match inside try/except/finally and with exceptions from the guard
def risky(v):
    try:
        match v:
            case [x] if 1 / x > 0:
                return "positive"
            case [x]:
                return "non-positive"
    except ZeroDivisionError as e:
        return f"guard raised {e}"
    finally:
        print("finally for", v)


print(risky([2]), risky([-2]), risky([0]))

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return (1, 2)


match subject():
    case (1, 3):
        pass
    case (1, 2, 3):
        pass
    case (1, x):
        print("matched x =", x, "calls =", len(calls))

# generator with a match where the case bodies yield values captured by the pattern
def walk(tree):
    match tree:
        case {"leaf": value}:
            yield value
        case {"children": [*kids]}:
            for kid in kids:
                yield from walk(kid)


t = {"children": [{"leaf": 1}, {"children": [{"leaf": 2}, {"leaf": 3}]}, {"leaf": 4}]}
print(list(walk(t)))

# a while loop driven by match
stack = [("push", 1), ("push", 2), ("add",), ("push", 5), ("mul",), ("print",)]
vals = []
while stack:
    match stack.pop(0):
        case ("push", v):
            vals.append(v)
        case ("add",):
            vals.append(vals.pop() + vals.pop())
        case ("mul",):
            vals.append(vals.pop() * vals.pop())
        case ("print",):
            print("result", vals[-1])
