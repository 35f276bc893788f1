# The traceback module on a replaced sys.stderr, bad arguments, generators, class bodies,
# sys.tracebacklimit, an exception never raised, a traceback of None.
import io, sys, traceback
old = sys.stderr
sys.stderr = io.StringIO()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    traceback.print_exc()
captured = sys.stderr.getvalue()
sys.stderr = old
print(captured, end="")
for bad in [1, "x"]:
    try:
        traceback.print_exception(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    traceback.print_exception(ValueError, ValueError("v"))
except Exception as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    raise KeyError("g")
try:
    list(gen())
except KeyError:
    print(traceback.format_exc(), end="")
class C:
    try:
        x = undefined_name
    except NameError:
        print(traceback.format_exc(), end="")
sys.tracebacklimit = 1
try:
    gen().throw(OSError("t"))
except OSError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
e = ValueError("never raised")
print(traceback.format_exception(e))
print(traceback.format_tb(None), traceback.format_exception_only(None))
try:
    traceback.print_tb(3)
except Exception as ex:
    print(type(ex).__name__, ex)

# No suggestions in the module (3.11's C printer alone makes them); no header when the
# limit leaves no entries; sys.stderr None prints to sys.stdout.
try:
    prnt
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    (1).foo
except AttributeError as e:
    print(traceback.format_exception_only(e))
try:
    1 / 0
except ZeroDivisionError as e:
    traceback.print_exception(e, limit=0, file=sys.stdout)
old = sys.stderr
sys.stderr = None
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
sys.stderr = old
