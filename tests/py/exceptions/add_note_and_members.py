# The builtin exceptions' members as CPython 3.11's constructors fill them (OSError's
# errno/strerror/filename/filename2/characters_written, StopIteration.value,
# SystemExit.code, ImportError's msg/name/path, SyntaxError's location, the Unicode
# errors' fields), BaseException.add_note and how tracebacks print notes, __reduce__,
# __setstate__, and the references the members hold.
import copy
import gc
import sys
import traceback


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(f"  {type(e).__name__}: {e}")
    else:
        print("  ->", repr(r))


for T in (BaseException, Exception, OSError, FileNotFoundError, BlockingIOError,
          StopIteration, SystemExit, ImportError, ModuleNotFoundError, SyntaxError,
          IndentationError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
          UnicodeTranslateError, KeyError, AttributeError):
    print(T.__name__, sorted(set(dir(T)) - set(dir(object))))
for T, name in ((OSError, "errno"), (OSError, "characters_written"),
                (StopIteration, "value"), (SystemExit, "code"), (ImportError, "path"),
                (SyntaxError, "end_offset"), (UnicodeDecodeError, "start")):
    d = T.__dict__[name]
    print(repr(d), type(d).__name__, repr(d.__doc__))

print("-- OSError")
for args in ((2, "No such file", "x"), (2, "No such file", "x", None, "y"), ("a",),
             ("a", "b", "c", "d"), (1, "x", "f", "w", "g", 6), (999, "odd"), (13, "denied"),
             ()):
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e),
          repr(e), e.__dict__)
e = OSError("a", "b", "c", "d")
e.errno, e.strerror, e.filename = 5, "zz", "f"
print(str(e), e.args, e.__reduce__())
del e.errno
print(e.errno, str(e))
attempt(lambda: e.characters_written)
attempt(lambda: OSError(1, "x", filename="f"))
b = BlockingIOError(11, "would block", 7)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 9
print(b.characters_written)
del b.characters_written
attempt(lambda: b.characters_written)
attempt(lambda: setattr(b, "characters_written", "x"))
attempt(lambda: BlockingIOError(11, "x", 2.5))
print(FileNotFoundError(2, "nf", "p").filename, OSError(2, "nf", "p", None, "q").__reduce__())


class UsesInit(OSError):
    def __init__(self, *args):
        print("  __init__", args)


class CallsSuper(OSError):
    def __init__(self, *args):
        super().__init__(*args)


class Plain(OSError):
    pass


for cls in (UsesInit, CallsSuper, Plain):
    e = cls(2, "nf", "f")
    print(type(e).__name__, e.args, e.errno, e.filename, str(e))

print("-- StopIteration, SystemExit")


def gen():
    yield 1
    return "returned"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
s = StopIteration(1, 2)
print(s.value, s.args, StopIteration().value)
s.value = 5
print(s.value, s.args)


class QuietStop(StopIteration):
    def __init__(self):
        pass


print(QuietStop().value, QuietStop().args)
for args in ((), (3,), (3, 4), ("bye",)):
    print(repr(SystemExit(*args).code))
try:
    sys.exit("leaving")
except SystemExit as e:
    print(repr(e.code))
x = SystemExit(1)
x.code = 9
print(x.code, x.args)

print("-- ImportError")
i = ImportError("m", name="n", path="p")
print(i.msg, i.name, i.path, i.args, str(i), i.__reduce__())
i = ImportError()
print(i.msg, i.name, i.path, repr(str(i)), i.__reduce__())
i = ImportError("a", "b")
print(i.msg, str(i))
print(repr(str(ImportError(5))))
attempt(lambda: ImportError(foo=1))
attempt(lambda: ModuleNotFoundError("x", bar=2))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.msg, e.name, e.path, str(e))
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e.msg, e.name, e.path)

print("-- SyntaxError")
for src in ("x = (", "1 +* 2", "def f():\nreturn 1", "f(**x, *y)"):
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(str(e)), e.args)
        print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno,
              e.end_offset, e.print_file_and_line)
        print(traceback.format_exception_only(type(e), e))
se = SyntaxError("m", ("dir/f.py", 3, 4, "txt", 3, 6))
print(str(se), se.filename, se.end_offset)
for args in (("m", ("f", 3, 4, "txt", 3)), ("m", ("f", 3, 4, "txt", 3, 5, 6)), ("m", 5),
             ("m", (1, 2))):
    attempt(lambda: SyntaxError(*args))
print(SyntaxError("m", "abcd").filename, SyntaxError("a", "b", "c").filename)
print(str(SyntaxError("m", (None, 3, 4, None))), str(SyntaxError("m", ("f", None, 4, None))),
      str(SyntaxError("m", ("f", True, 4, None))), str(SyntaxError()))
se = SyntaxError("m")
se.lineno = 3
print(str(se))
se.filename = "x/y"
print(str(se))

print("-- Unicode errors")
try:
    b"ok \xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "caf\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
u = UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "bad")
print(type(u.object).__name__, str(u), u.args)
u = UnicodeDecodeError("utf-8", b"abc", 5, 9, "bad")
print(str(u), u.start, u.end)
u.start = -3
print(u.start, str(u))
attempt(lambda: setattr(u, "start", "x"))
print(u.start)
attempt(lambda: delattr(u, "end"))
t = UnicodeTranslateError("abc", 0, 1, "r")
print(str(t), t.encoding, t.args)
for args in ((), ("utf-8", "notbytes", 0, 1, "x"), (5, b"x", 0, 1, "r"),
             ("utf-8", b"x", "a", 1, "r"), ("utf-8", b"x", 0, 2**70, "r")):
    attempt(lambda: UnicodeDecodeError(*args))
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))),
      UnicodeDecodeError.__new__(UnicodeDecodeError).start)

print("-- add_note")
e = ValueError("boom")
print(e.add_note("first note"), e.__notes__, e.__dict__)
e.add_note("multi\nline")
e.add_note("")
attempt(lambda: e.add_note(5))
attempt(lambda: e.add_note())


class S(str):
    pass


e.add_note(S("a str subclass"))
print(e.__notes__, type(e.__notes__[-1]).__name__)
print(traceback.format_exception_only(type(e), e))
e2 = KeyError("k")
e2.__notes__ = ("tuple", "notes")
print(traceback.format_exception_only(type(e2), e2))
attempt(lambda: e2.add_note("more"))
del e2.__notes__
e2.add_note("fresh")
print(e2.__notes__)
e3 = TypeError("t")
e3.__notes__ = 5
print(traceback.format_exception_only(type(e3), e3))


class BadStr:
    def __str__(self):
        raise RuntimeError


e3.__notes__ = [BadStr(), 3]
print(traceback.format_exception_only(type(e3), e3))


def divide():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise


try:
    divide()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

print("-- __reduce__, __setstate__, copy")
e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
e.__setstate__({"y": 1, "args": [7]})
print(e.__dict__, e.args, e.__setstate__(None))
attempt(lambda: e.__setstate__(5))
attempt(lambda: e.__setstate__({1: 2}))
c = copy.copy(e)
print(type(c).__name__, c.args, c.__dict__)
o = OSError(2, "nf", "f")
o.extra = 1
c = copy.copy(o)
print(type(c).__name__, c.args, c.filename, c.extra, o.__reduce__())
print(copy.copy(ImportError("m", name="n")).name)

print("-- references")
x = ValueError()
x.add_note("n")
x.add_note("m")
print(sys.getrefcount(x.__notes__))
v = object()
before = sys.getrefcount(v)
s = StopIteration(v)
print(sys.getrefcount(v) - before)
del s
print(sys.getrefcount(v) - before)
o = OSError(2, "nf", v)
print(sys.getrefcount(v) - before, o.args)
del o
print(sys.getrefcount(v) - before)
print(gc.get_referents(OSError(2, "nf", "f")))
print(gc.get_referents(SyntaxError("x", ("f", 1, 2, "t"))))
print(gc.get_referents(StopIteration(7)), gc.get_referents(SystemExit()))
print(gc.get_referents(ImportError("m", name="n", path="p")))
print(gc.get_referents(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(gc.get_referents(AttributeError("m", name="n", obj=3)))


gc.collect()


class Node:
    pass


n = Node()
n.err = StopIteration(n)
del n
print(gc.collect())

sys.stdout.flush()
e = ValueError("uncaught")
e.add_note("with a note\non two lines")
raise e
