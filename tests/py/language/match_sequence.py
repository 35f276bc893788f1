def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} then {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), "ab", b"ab", {1: 2}, {1, 2}, 3]:
    print(repr(v), seq(v))

match [1, 2, 3, 4]:
    case [*head, 4]:
        print("head", head, type(head).__name__)

match (1, 2, 3):
    case (*all_items,):
        print("all", all_items)

match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1 and ends with 5")

match [1, 2, 3, 4, 5]:
    case [_, _, *_]:
        print("at least two")

match [[1, 2], [3, [4, 5]]]:
    case [[a, b], [c, [d, e]]]:
        print(a, b, c, d, e)

match [1, (2, 3)]:
    case [1, [2, 3]]:
        print("tuple matched by list pattern")

match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case str(s):
        print("str is not a sequence pattern subject:", s)
