def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


print(m({"type": "point", "x": 1, "y": 2}))
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": None}))
print(m({"type": "square"}))
print(m({"other": 1}))
print(m({}))
print(m([("type", "point")]))
print(m("type"))

match {"a": 1, "b": 2}:
    case {**everything}:
        print("everything", everything, type(everything).__name__)

d = {1: "one", -1: "minus one", None: "none", 2.5: "float"}
match d:
    case {1: a, -1: b, None: c, 2.5: e}:
        print(a, b, c, e)


class K:
    A = "a"
    B = "b"


match {"a": 10, "b": 20}:
    case {K.A: va, K.B: vb}:
        print("value-pattern keys", va, vb)

# values are compared with sub-patterns
match {"status": 404}:
    case {"status": 200}:
        print("ok")
    case {"status": 400 | 404 as code}:
        print("client error", code)

# the rest is a new dict without the matched keys
orig = {"k": 1, "x": 2}
match orig:
    case {"k": _, **others}:
        others["y"] = 3
        print(others, orig)

# duplicate keys found at run time (value patterns)
class Same:
    X = "k"
    Y = "k"


try:
    match {"k": 1}:
        case {Same.X: _, Same.Y: _}:
            print("no")
except ValueError as exc:
    print("ValueError:", exc)
