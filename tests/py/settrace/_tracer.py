"""Helpers for the settrace programs: a tracer that prints every event it sees."""
import sys


def fmt(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return f"{arg[0].__name__}: {arg[1]}"
    return repr(arg)


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "line":
        print(f"  {name}:{frame.f_lineno} line")
    else:
        print(f"  {name}:{frame.f_lineno} {event} {fmt(arg)}")
    return tracer


def run(fn, *args, using=tracer):
    sys.settrace(using)
    try:
        return fn(*args)
    finally:
        sys.settrace(None)
