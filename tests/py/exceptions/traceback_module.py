# The traceback module: print_exc/format_exc while handling, print_exception and
# format_exception on exception objects (chains, limits, tracebacks), print_stack.
import io, sys, traceback


def fail(n):
    if n == 0:
        raise ValueError("boom")
    fail(n - 1)


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    fail(2)
except ValueError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count("\n"), repr(text.splitlines()[-1]))
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)

print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)

try:
    chained()
except RuntimeError as e:
    err = e
parts = traceback.format_exception(err)
print(len(parts))
for p in parts:
    print(repr(p))
print("".join(traceback.format_exception(err, chain=False)), end="")
traceback.print_exception(err, file=sys.stdout, limit=1)
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception(None))
print(len(traceback.format_tb(err.__traceback__)), traceback.format_tb(err.__traceback__, limit=1))
traceback.print_tb(err.__traceback__, file=sys.stdout)
traceback.print_exception(type(err), err, None, file=sys.stdout)
del err


def recurse(n):
    if n == 0:
        1 / 0
    recurse(n - 1)


try:
    recurse(10)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)


def inner():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.format_stack()), traceback.format_stack(limit=1))
    traceback.print_stack(limit=-1, file=sys.stdout)


def outer():
    inner()


outer()
buf = io.StringIO()
try:
    [][1]
except IndexError:
    traceback.print_exc(file=buf)
print(buf.getvalue(), end="")


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds():
    local = Loud("local")
    raise TypeError("held")


try:
    holds()
except TypeError as e:
    print(sys.getrefcount(e))
    traceback.print_exc(file=sys.stdout)
    print(sys.getrefcount(e))
print("after except")
traceback.print_exc()
