"""invalid_del_stmt: when del targets do not parse, or the statement goes on after them,
'del' star_expressions names the invalid target as CPython's parser does (`del x if c
else d`: cannot delete conditional expression, not invalid syntax)."""
import sys
cases = ["del x if True else None", "del a, b if c else d", "del x y", "del f()", "del x)", "del (a, b), c + 1",
         "del x; del y", "del x,", "del [a, b], *c", "del x lambda: 1", "del a.b[c] if d else e", "del 1 if 2 else 3, x",
         "del x\n", "del a, (b if c else d)", "del not x", "del x == y"]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), e.msg, e.offset, e.end_offset)
