# atexit: errors in callbacks are reported as unraisable and the rest still run;
# the exit status is the program's.
import atexit
import sys


def raises_value_error():
    raise ValueError("boom")


def raises_system_exit():
    print("calling sys.exit(3) in a callback")
    sys.exit(3)


class Quiet(Exception):
    def __str__(self):
        return ""


def raises_quiet():
    raise Quiet


atexit.register(print, "last callback")
atexit.register(raises_value_error)
atexit.register(raises_system_exit)
atexit.register(raises_quiet)
atexit.register(print, "first callback")

for bad in [(), (1,), ("not callable", 2)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)

atexit._run_exitfuncs()
print("ran once by hand; now empty")
atexit.register(print, "registered again, runs at exit")
atexit.register(print, "cleared: never runs")
atexit._clear()
atexit.register(print, "after _clear, runs at exit")
sys.exit(4)
