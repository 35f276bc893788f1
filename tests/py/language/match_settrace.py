import sys
def g(x):
    match x:
        case 1:
            return "one"
        case [a,
              b] if a > 0:
            return a
        case {"k": v}:
            return v
        case _:
            return 0
def h(x):
    match x:
        case 1 | 2:
            y = 1
        case str():
            y = 2
    return y
def tr(frame, event, arg):
    if frame.f_code.co_name in ("g", "h"):
        print(event, frame.f_lineno)
    return tr
sys.settrace(tr)
g(1); print("--"); g([1,2]); print("--"); g([-1,2]); print("--"); g({"k":1}); print("--"); g(5.0)
print("--"); h(2); print("--"); h("s")
sys.settrace(None)


def k(cmd):
    match cmd.split():
        case ["go", direction] if direction in (
            "north",
            "south",
        ):
            return direction
        case ["look"]:
            return "looking"
        case [
            "take",
            item,
        ]:
            return item
    return None


def tr2(frame, event, arg):
    if frame.f_code.co_name == "k":
        print(event, frame.f_lineno)
    return tr2


sys.settrace(tr2)
for c in ["go north", "look", "take lamp", "dance"]:
    print(k(c))
sys.settrace(None)
