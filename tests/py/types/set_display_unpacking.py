"""Set displays with `*`, as 3.11 compiles them: BUILD_SET of the items before the first
star, then SET_UPDATE per starred operand (a set is merged table to table, a dict gives
its keys) and SET_ADD per later item. So the members before a star are hashed before
the starred operand is evaluated, and the order of the result is CPython's."""


class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, Loud) and other.n == self.n

    def __repr__(self):
        return f"Loud({self.n})"


def gen(tag):
    print("gen", tag)
    yield from (40, 8)


a = {9, 1, 17}
b = {33, 2}
print({*a, *b}, {0, *a, 5, *b}, {*b, *[40, 8]}, {*{1: 2, 9: 3}}, {*range(3), 17})
print(sorted({Loud(1), *gen("x"), Loud(2)}, key=repr))
print({*a} == a, {*a} is a, {*frozenset({64, 1, 128})})
for bad in ("{1, *5}", "{*None}"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
