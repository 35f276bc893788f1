"""`is` / `is not` with a literal warns while compiling (SyntaxWarning, once per comparison,
before the program runs), shown as warnings.showwarning shows it: file:line, then the
source line (none for exec'd strings)."""
x = 257
print(x is 257)
print(x is not 257, x is None, x is ..., x is True)
s = "a"
print(s is "a", "a"[0] is "a", s is ("a",), x is -1, x is 2 + 3)
def f(y):
    return y is "q"
print(f("r"))
if x is 300:
    pass
exec('print(1 is 1)')
