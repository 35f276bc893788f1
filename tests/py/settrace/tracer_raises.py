import sys


def bad(frame, event, arg):
    print("bad", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 13:
        raise KeyError("from tracer")
    return bad


def work():
    a = 1
    b = 2
    return a + b


sys.settrace(bad)
try:
    work()
except KeyError as e:
    print("caught", repr(e))
print(sys.gettrace())
print(work())
