"""Each operand of and/or is tested once, as 3.11's jump threading gives it: a nested BoolOp that\nstops early hands its test on (a and b or c tests a falsy a once); `not` of a BoolOp value\ntests the deciding operand again (UNARY_NOT); conditions jump on each operand."""
import itertools


class V:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        log.append(self.name)
        return self.truth

    def __repr__(self):
        return self.name


log = []
shapes = [
    "a and b or c", "a or b and c", "(a and b) and c", "(a or b) or c", "(a or b) and c",
    "(a and b) or c", "a and (b or c)", "a or (b and c)", "(a and b or c) and d",
    "(a or b and c) or d", "((a or b) and c) or d", "((a and b) or c) and d",
    "a and b and c or d", "not (a and b or c)", "(a and b) or (c and d)",
    "(a or b) and (c or d)", "((a and b) and (c or d)) or a",
]


def run_all(tag):
    out = []
    for shape in shapes:
        for bits in itertools.product([False, True], repeat=4):
            a, b, c, d = (V(n, t) for n, t in zip("abcd", bits))
            log.clear()
            r = eval(shape)
            out.append(f"{shape} {''.join('T' if x else 'F' for x in bits)} -> {r!r} {''.join(log)}")
    return out


def in_function():
    return run_all("f")


module_level = run_all("m")
for line in module_level:
    print(line)
print(in_function() == module_level)


def direct(a, b, c, d):
    return (a and b or c), (a or b and c), ((a or b) and c or d), (a and (b or c) and d)


for bits in itertools.product([False, True], repeat=4):
    a, b, c, d = (V(n, t) for n, t in zip("abcd", bits))
    log.clear()
    print(bits, direct(a, b, c, d), "".join(log))


def nots(a, b, c):
    return not (a and b or c), not not (a or b), [not (x and b) for x in (a, c)], (not a) or b


for bits in itertools.product([False, True], repeat=3):
    a, b, c = (V(n, t) for n, t in zip("abc", bits))
    log.clear()
    r = nots(a, b, c)
    print(bits, r, "".join(log))
    log.clear()
    print(eval("not (a and b or c), not not (a or b)"), "".join(log))
    log.clear()
    if not (a and b or c):
        log.append("|")
    while a and not (b or c):
        break
    print("".join(log))
