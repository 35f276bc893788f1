# Which side answers a binary operator when the right operand's class (a subclass of a
# builtin) defines the reflected method in Python; the errors of augmented assignments.


class F(float):
    def __rmul__(self, other):
        print("F.__rmul__", other)
        return "F.__rmul__"


class G(float):
    def __radd__(self, other):
        print("G.__radd__", other)
        return NotImplemented


class I(int):
    def __rmul__(self, other):
        print("I.__rmul__", other)
        return NotImplemented

    def __radd__(self, other):
        print("I.__radd__", other)
        return NotImplemented


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("3 * F(2.0)", lambda: 3 * F(2.0))
attempt("2.0 * F(2.0)", lambda: 2.0 * F(2.0))
attempt("F(2.0) * 3", lambda: F(2.0) * 3)
attempt("1 + G(2.0)", lambda: 1 + G(2.0))
attempt("1.5 + G(2.0)", lambda: 1.5 + G(2.0))
attempt("[1] * I(2)", lambda: [1] * I(2))
attempt("'ab' * I(2)", lambda: "ab" * I(2))
attempt("1 + I(2)", lambda: 1 + I(2))
attempt("None + I(2)", lambda: None + I(2))

for src in [
    "x = 'a'; x -= 'b'",
    "x = 1; x **= 'a'",
    "x = 1; x @= 2",
    "x = 'a'; x *= 1.5",
    "x = (1,); x += 1",
    "x = None; x += 1",
    "x = 1; x <<= 'a'",
    "x = [1]; x *= 1.5",
    "x = {1}; x |= [1]",
    "x = [1]; x *= 2; print(x)",
]:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)


# The left operand's own slot answers first when it handles the right operand's base.
class RI(int):
    def __radd__(self, o):
        return "RI.__radd__"

    def __rmod__(self, o):
        return "RI.__rmod__"


class RT(tuple):
    def __rmod__(self, o):
        return "RT.__rmod__"


class RN(int):
    def __rmul__(self, o):
        return NotImplemented


class LS(list):
    def __rmul__(self, o):
        print("LS.__rmul__")
        return NotImplemented


attempt("2.5 + RI(1)", lambda: 2.5 + RI(1))
attempt("True + RI(1)", lambda: True + RI(1))
attempt("'%d' % RI(3)", lambda: "%d" % RI(3))
attempt("b'%d' % RI(3)", lambda: b"%d" % RI(3))
attempt("'%s' % RT((1,))", lambda: "%s" % RT((1,)))
attempt("2.5 * RN(2)", lambda: 2.5 * RN(2))
attempt("1j * F(2)", lambda: 1j * F(2))
attempt("2 * LS([2])", lambda: 2 * LS([2]))
attempt("LS([2]) * 2", lambda: LS([2]) * 2)
x = 2.5
x += RI(1)
print(x)
