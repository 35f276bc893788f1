# `and` / `or` in a test (if, while, assert, conditional expressions, comprehension
# filters) jump on each operand's own truth test: __bool__ runs once per operand.
class B:
    def __init__(self, n, v):
        self.n = n
        self.v = v

    def __bool__(self):
        print("bool", self.n)
        return self.v


a, b, c = B("a", False), B("b", True), B("c", True)
if a and b:
    print("yes")
if a or b:
    print("a or b")
if not (a or b) or c:
    print("nested")
x = a and b
print("value is a:", x is a)


def f():
    if a and b:
        print("yes")
    if b and c and a:
        print("no")
    while a and b:
        pass
    y = a or b
    if not (a or b):
        print("none")
    assert b and c, "message"
    z = 1 if (a or c) else 2
    return [1 for _ in range(1) if a and b], y is b, z


print(f())
print(f())
try:
    assert b and a, "assert failed"
except AssertionError as e:
    print("AssertionError", e)
