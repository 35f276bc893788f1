# SyntaxError's members (msg, filename, lineno, offset, text, end_lineno, end_offset,
# print_file_and_line): what SyntaxError(...) fills from its arguments, str(), setting
# them, and how the interpreter and the traceback module print the location block.
import sys
import traceback


def show(e):
    print(repr(e), "|", str(e), "|", e.args)
    print("  ", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)


show(SyntaxError())
show(SyntaxError("m"))
show(SyntaxError("m", ("f.py", 3, 4, "abc\n")))
show(SyntaxError("m", ("/a/b/f.py", 3, 4, "abc\n", 3, 6)))
show(SyntaxError("m", (None, 3, 4, "abc\n")))
show(SyntaxError("m", ("f.py", None, 4, "abc\n")))
show(SyntaxError("m", ["f.py", 3, 4, "abc\n"]))
show(SyntaxError("m", "x", "y"))
show(IndentationError("m", ("f.py", 3, 4, "abc\n")))
show(TabError("m", ("f.py", 3, 4, "abc\n")))
show(SyntaxError(None, ("f.py", 3, 4, "abc\n")))
show(SyntaxError(5, ("f.py", True, 4, "abc\n")))
for bad in [("m", ("f.py",)), ("m", 5), ("m", ("f", 1, 2, "t", 1, 2, 3)), ("m", ("f", 1, 2, "t", 1))]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    SyntaxError("m", filename="f")
except TypeError as e:
    print(e)

e = SyntaxError("m")
e.lineno = 7
e.filename = "q.py"
print(str(e))
e.msg = "changed"
e.print_file_and_line = 1
print(str(e), e.args, e.print_file_and_line)
e.filename = 42
print(str(e))
e.lineno = "7"
print(str(e))
print(sorted(k for k in SyntaxError.__dict__ if not k.startswith("__") or k in ("__init__", "__str__")))
print(type(SyntaxError.__dict__["msg"]).__name__, SyntaxError.msg.__doc__)


class MySE(SyntaxError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "extra"


class NoInit(SyntaxError):
    def __init__(self, *args):
        pass


show(MySE("m", ("f.py", 3, 4, "abc\n")))
show(NoInit("m", ("f.py", 3, 4, "abc\n")))


def printed(exc):
    # The traceback module's text, then the interpreter's (sys.__excepthook__).
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")
    sys.stdout.flush()
    sys.__excepthook__(type(exc), exc, None)
    sys.stderr.flush()


printed(SyntaxError("custom", ("z.py", 2, 3, "  abcdef\n", 2, 6)))
printed(SyntaxError("no file", (None, 2, 3, "abcdef\n")))
printed(SyntaxError("no line", ("z.py", None, 3, "abcdef\n")))
printed(SyntaxError("no text", ("z.py", 2, 3, None)))
printed(SyntaxError("no offset", ("z.py", 2, None, "abcdef\n")))
printed(SyntaxError("wide", ("z.py", 2, 3, "abcdef\n", 2, 99)))
printed(SyntaxError("lines", ("z.py", 2, 3, "abcdef\n", 4, 2)))
printed(SyntaxError("", ("z.py", 2, 3, "abcdef\n")))
printed(SyntaxError(None, ("z.py", 2, 3, "abcdef\n")))
printed(SyntaxError("two\nlines", ("z.py", 2, 6, "ab\ncdef\n")))
printed(IndentationError("indent", ("z.py", 2, 3, "\tabcdef\n", 2, 6)))
printed(MySE("subclass", ("z.py", 2, 3, "abcdef\n", 2, 6)))
printed(SyntaxError("only message"))


class Marked(Exception):
    print_file_and_line = None
    msg = "the marked message"
    filename = "m.py"
    lineno = 9
    offset = 2
    text = "marked text\n"


printed(Marked("not shown"))
raise SyntaxError("uncaught", ("u.py", 1, 5, "x = (1 2)\n", 1, 10))
