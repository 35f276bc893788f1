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
