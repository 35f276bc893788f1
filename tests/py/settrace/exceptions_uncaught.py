import sys

from _tracer import tracer


def ours(frame, event, arg, here=__file__, show=tracer):
    # Only this file's frames: CPython runs library code while it prints the traceback.
    if frame.f_code.co_filename != here:
        return None
    return show(frame, event, arg)


def inner():
    x = 1
    raise RuntimeError(f"bad {x}")


def outer():
    try:
        inner()
    finally:
        print("finally runs")


sys.settrace(ours)
outer()
