import sys


def lines_only(frame, event, arg):
    print("  lines_only", event, frame.f_lineno)
    return lines_only


def once(frame, event, arg):
    print("  once", event, frame.f_lineno)
    return lines_only


def quiet(frame, event, arg):
    print("  quiet", event, frame.f_lineno)
    return None


def glob(frame, event, arg):
    name = frame.f_code.co_name
    print("global", event, name)
    if name == "untraced":
        return None
    if name == "switching":
        return once
    return quiet


def untraced():
    a = 1
    return a


def switching():
    a = 1
    b = 2
    return a + b


def returns_none():
    a = 1
    b = 2
    return a + b


sys.settrace(glob)
untraced()
switching()
returns_none()
sys.settrace(None)
