import sys

# Constant expressions are folded at compile time; the folded object lives in co_consts.
n = 10 ** 30
print("folded big int", sys.getrefcount(n))
f = 1.5 * 3.25
print("folded float", sys.getrefcount(f))
t = (1000, 2000)
print("constant tuple", sys.getrefcount(t))
m = 10 ** 30 + int("0")
print("computed big int", sys.getrefcount(m))

# The optimizer folds unary and binary operators and subscripts of constants, within
# size limits (ints up to 128 bits, strings up to 4096 characters, tuples up to 256
# items); an operation that raises is left to run time.
for label, v in [
    ("2 ** 200 (too big)", 2 ** 200),
    ("3 ** 80", 3 ** 80),
    ("1 << 127", 1 << 127),
    ("1 << 128 (too big)", 1 << 128),
    ("'ab' * 3", "ab" * 3),
    ("'ab' * 3000 (too big)", "ab" * 3000),
    ("(1, 2) * 3", (1, 2) * 3),
    ("(1, 2) + (3,)", (1, 2) + (3,)),
    ("~(2 ** 70)", ~(2 ** 70)),
    ("'foo' + 'bar baz'", "foo" + "bar baz"),
    ("(1000.5, 2)[0]", (1000.5, 2)[0]),
    ("(2 ** 70 + 1, -(2.5 * 2))", (2 ** 70 + 1, -(2.5 * 2))),
    ("2 ** -1", 2 ** -1),
]:
    print(label, v if len(repr(v)) < 40 else len(repr(v)), sys.getrefcount(v) - 1)
try:
    1 / 0
except ZeroDivisionError as e:
    print("1 / 0 raises at run time:", e)


def f():
    return 2 ** 100


print("folded in a function: the same object each call", f() is f(), sys.getrefcount(f()))
