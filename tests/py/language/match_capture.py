def f(v):
    match v:
        case [x] if x > 0:
            return f"positive singleton {x}"
        case [x]:
            return f"singleton {x}"
        case other:
            return f"other {other!r}"


print(f([5]))
print(f([-5]))
print(f("abc"))

# a failed pattern binds nothing (3.11)
y = "unbound-before"
match [1, 2, 3]:
    case [y, 2, 4]:
        print("no")
    case _:
        print("y is still", y)

# a failed guard leaves the captures bound
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("a, b =", a, b)

# as-patterns
match [1, [2, 3]]:
    case [first, [_, _] as inner] as whole:
        print(first, inner, whole)

match 5:
    case (1 | 5) as n:
        print("n =", n)

# wildcard in the middle of the sequence
match (1, 2, 3):
    case (_, mid, _):
        print("mid", mid)

# capture in a nested function: cell variables
def outer(v):
    match v:
        case [k, *_]:
            pass
    return lambda: k
print(outer([9, 8, 7])())

# global capture
def set_global(v):
    global G
    match v:
        case G:
            pass
set_global("global value")
print(G)

# class-body capture
class C:
    match {"a": 1}:
        case {"a": attr}:
            pass
print(C.attr)
