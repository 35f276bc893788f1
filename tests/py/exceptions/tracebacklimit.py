# sys.tracebacklimit limits the interpreter's own traceback reports to the innermost
# entries; 0 or less leaves the exception's line alone.
import sys


def f():
    1 / 0


def g():
    f()


sys.tracebacklimit = 1
try:
    g()
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 0
g()
