# compile(): the three modes, str/bytes sources, the code object it returns, exec() and
# eval() of code objects, SyntaxError fields and how they print, tracebacks through
# compiled code, and the references a code object and its constants hold.
import sys
import traceback
import weakref


def show_code(c):
    print(type(c).__name__, c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno)
    print("  flags", hex(c.co_flags), "varnames", c.co_varnames, "argcount", c.co_argcount)
    head, _, tail = repr(c).partition(" at 0x")
    print("  repr", head, "at ADDR" + tail[tail.index(","):])


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if isinstance(r, (int, str, type(None))) else type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


print("== exec mode")
c = compile("x = 6 * 7\nnames = sorted(k for k in globals() if k != '__builtins__')\n", "name.py", "exec")
show_code(c)
ns = {}
print(exec(c, ns), ns["x"], ns["names"], "__builtins__" in ns)
print("eval of exec code:", eval(c, {}))
ns2 = {"x": 1}
exec(c, ns2)
exec(c, ns2)
print("run twice:", ns2["x"])

print("== eval mode")
e = compile("a * 2 + 1", "expr.py", "eval")
show_code(e)
print(eval(e, {"a": 20}), eval(e, {"a": 1}, {"a": 5}))
print("exec of eval code:", exec(e, {"a": 3}))
print("leading blanks:", eval("  \t1 + 1"), eval(b" 2"))
attempt("compile keeps blanks", lambda: compile("  1", "f.py", "eval"))

print("== single mode")
s = compile("1 + 2", "single.py", "single")
show_code(s)
exec(s)
print("builtins._ =", __builtins__._)
print("eval of single code:", eval(s))
exec(compile("None", "single.py", "single"))
print("None not kept:", __builtins__._)
exec(compile("for i in range(3):\n    i * 10\n", "single.py", "single"))
exec(compile("x = 5", "single.py", "single"))
exec(compile("'text'; [1, 2]", "single.py", "single"))
exec(compile("class K:\n    99\n", "single.py", "single"))
print("displayhook is __displayhook__:", sys.displayhook is sys.__displayhook__)
shown = []
sys.displayhook = shown.append
exec(compile("40 + 2", "single.py", "single"))
exec(compile("40 + 2\n", "single.py", "exec"))
print("custom hook got", shown)
del sys.displayhook
attempt("no displayhook", lambda: exec(compile("1", "single.py", "single")))
sys.displayhook = sys.__displayhook__
attempt("displayhook()", lambda: sys.displayhook())
attempt("displayhook(kw)", lambda: sys.displayhook(o=1))
for src in ["x=1\ny=2", "if 1:\n  7\nx=2\n", "for i in range(3): i", "", "# comment\n", "1;2", "if 1:\n  7"]:
    try:
        compile(src, "single.py", "single")
        print(repr(src), "compiles")
    except SyntaxError as err:
        print(repr(src), type(err).__name__, err.msg, err.lineno, err.offset, repr(err.text))

print("== sources")
ns = {}
exec(compile(b"y = 'caf\xc3\xa9'\n", "bytes.py", "exec"), ns)
print(ns["y"], eval(compile(bytearray(b"[1, 2]"), "ba.py", "eval")))
print(eval(compile(b"# -*- coding: latin-1 -*-\n'\xe9'", "latin.py", "eval")))
print(eval(compile(b"\xef\xbb\xbf'bom'", "bom.py", "eval")))
print(eval(compile("# -*- coding: latin-1 -*-\n'\xe9'", "str.py", "eval")))
exec(b"print('exec of bytes')")
attempt("code object source", lambda: compile(c, "f.py", "exec"))
attempt("int source", lambda: compile(5, "f.py", "exec"))
attempt("exec int", lambda: exec(5))
attempt("eval list", lambda: eval([]))
attempt("surrogate", lambda: compile("'\ud800'", "f.py", "eval"))
attempt("null bytes", lambda: compile("a\0", "f.py", "exec"))
attempt("bad utf-8", lambda: compile(b"x = '\xff'", "f.py", "exec"))
print(compile("1", b"bytes_name.py", "eval").co_filename)

print("== arguments")
attempt("mode", lambda: compile("1", "f.py", "evil"))
attempt("mode bytes", lambda: compile("1", "f.py", b"eval"))
attempt("mode nul", lambda: compile("1", "f.py", "eval\0"))
attempt("flags", lambda: compile("1", "f.py", "eval", 0x100))
attempt("flags float", lambda: compile("1", "f.py", "eval", 1.0))
attempt("flags big", lambda: compile("1", "f.py", "eval", 2**40))
attempt("future flag", lambda: compile("1", "f.py", "eval", 0x20000 | 0x10))
attempt("optimize", lambda: compile("1", "f.py", "eval", 0, False, 3))
attempt("dont_inherit", lambda: compile("1", "f.py", "eval", 0, "no"))
attempt("filename None", lambda: compile("1", None, "eval"))
attempt("filename nul", lambda: compile("1", "a\0b", "eval"))
attempt("no args", lambda: compile())
attempt("two args", lambda: compile("1", "f.py"))
attempt("eight args", lambda: compile("1", "f.py", "eval", 0, 0, -1, 1, 2))
attempt("eight keywords", lambda: compile(source="1", filename="f.py", mode="eval", flags=0,
                                         dont_inherit=0, optimize=-1, _feature_version=-1, x=1))
attempt("keywords", lambda: compile(source="1", filename="k.py", mode="eval", optimize=0))
attempt("bad keyword", lambda: compile("1", "f.py", "eval", bogus=1))
attempt("twice", lambda: compile("1", "f.py", "eval", filename="g.py"))
attempt("exec()", lambda: exec())
attempt("exec kw", lambda: exec("1", globals=None))
attempt("eval kw", lambda: eval("1", globals=None))
attempt("eval 4", lambda: eval("1", {}, {}, {}))


class PathLike:
    def __fspath__(self):
        return "pathlike.py"


print(compile("1", PathLike(), "eval").co_filename)

print("== optimize and __debug__")
print(__debug__, eval("__debug__"), eval(compile("__debug__", "o.py", "eval", optimize=1)))
ns = {}
exec(compile('"module doc"\nassert False, "kept?"\ndef f():\n    "f doc"\nprint("ran")\n', "o.py", "exec", optimize=1), ns)
print(ns["__doc__"], ns["f"].__doc__)
ns = {}
exec(compile('"module doc"\ndef f():\n    "f doc"\nclass C:\n    "C doc"\n', "o.py", "exec", optimize=2), ns)
print(ns.get("__doc__", "no __doc__"), ns["f"].__doc__, ns["C"].__doc__)
attempt("assert kept", lambda: exec(compile("assert False, 'kept'", "o.py", "exec")))

print("== future flags")
src = "def g(x: int) -> str: pass\nprint(g.__annotations__)\n"
ann = compile(src, "fut.py", "exec", 0x1000000)
print(hex(ann.co_flags))
exec(ann, {})
exec(compile(src, "fut.py", "exec"), {})

print("== code objects of functions")


def plain():
    print("plain runs")
    return "plain result"


def takes(a, b):
    return a


def gen():
    yield 1


def outer():
    v = "closed over"

    def inner():
        return v

    return inner


print(exec(plain.__code__), eval(plain.__code__))
attempt("missing arguments", lambda: exec(takes.__code__))
print(type(eval(gen.__code__)).__name__)
inner = outer()
attempt("eval free vars", lambda: eval(inner.__code__))
attempt("exec free vars", lambda: exec(inner.__code__))
print("closure:", exec(inner.__code__, {}, None, closure=inner.__closure__))
attempt("closure not cells", lambda: exec(inner.__code__, {}, None, closure=(1,)))
attempt("closure unused", lambda: exec(plain.__code__, {}, None, closure=()))
attempt("closure with str", lambda: exec("1", closure=()))

print("== SyntaxError from compile")


def fields(err):
    print(" ", type(err).__name__, repr(str(err)))
    print("  args", err.args)
    print("  fields", err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)


for src, mode in [("x = (", "exec"), ("x = 1 +\n", "exec"), ("if x:\npass", "exec"), ("a\0", "exec"),
                  ("  \t x = (1,\n  2", "exec"), ("x = 'é' + (", "exec"), ("1 +", "eval"), ("", "eval"),
                  ("def f(:\n  pass", "exec"), ("@d\n", "exec")]:
    try:
        compile(src, "bad.py", mode)
    except SyntaxError as err:
        fields(err)
        traceback.print_exc(file=sys.stdout)
        print(traceback.format_exception_only(type(err), err))
try:
    exec("x = )")
except SyntaxError as err:
    fields(err)
    traceback.print_exception(err, file=sys.stdout)

print("== tracebacks through compiled code")
boom = compile("def f(n):\n    return 10 // n\nf(0)\n", "not_a_file.py", "exec")
try:
    exec(boom, {})
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
divisor = 2
value = 10 // divisor  # the compiled code below fails on this line of this file
lines = open(__file__).read().splitlines()
at = lines.index("value = 10 // divisor  # the compiled code below fails on this line of this file") + 1
same = compile("\n" * (at - 1) + lines[at - 1] + "\n", __file__, "exec")
try:
    exec(same, {"divisor": 0})
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

print("== references")
c = compile("big = 123456789012\ntext = 'some text here!'\ndef f():\n    return 987654321987\n", "refs.py", "exec")
print("code object", sys.getrefcount(c))
ns = {}
exec(c, ns)
print("constants while the code lives", sys.getrefcount(ns["big"]), sys.getrefcount(ns["text"]))
f = ns["f"]
print("function's constant", sys.getrefcount(f()))
print("function code while the module code lives", sys.getrefcount(f.__code__))
dead = []
r = weakref.ref(c, lambda ref: dead.append("code object gone"))
del c
print(dead, r())
print("constants after", sys.getrefcount(ns["big"]), sys.getrefcount(ns["text"]))
print("function code after", sys.getrefcount(f.__code__), sys.getrefcount(f()))
ns = {}
exec("kept = 555555555555\ndef g():\n    return 444444444444\n", ns)
print("exec of a string", sys.getrefcount(ns["kept"]), sys.getrefcount(ns["g"]()), sys.getrefcount(ns["g"].__code__))
print("eval result", sys.getrefcount(eval("333333333333")))
e = compile("(222222222222, 'tuple text')", "t.py", "eval")
t = eval(e)
print("tuple constant", sys.getrefcount(t))
del e
print("tuple constant after", sys.getrefcount(t))

print("== uncaught")
sys.stdout.flush()
compile("print('never')\nx = [1,\n   2,\n   3 4]\n", "uncaught.py", "exec")
