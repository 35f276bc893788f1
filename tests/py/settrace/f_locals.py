import sys


def show(frame, event, arg):
    loc = frame.f_locals
    items = ", ".join(f"{k}={loc[k]!r}" for k in sorted(loc))
    print(f"{frame.f_code.co_name}:{frame.f_lineno} {event} [{items}]")
    return show


def outer(a, b=2):
    total = a + b
    def inner(c):
        nonlocal total
        total += c
        return total
    inner(10)
    del a
    return total


sys.settrace(show)
outer(1)
sys.settrace(None)
