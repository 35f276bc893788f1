match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2+3j | -4-5j | "str" "s" | b"b" if True:
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case {1: _, a.b: [*_]}:
        pass
    case ():
        pass
    case _:
        pass
match = 1
match(x)
match.attr = 2
match x, y:
    case a, b:
        pass
