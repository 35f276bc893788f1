import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 15:
        sys.settrace(None)
        print("tracer off; gettrace ->", sys.gettrace())
    return tracer


def work():
    x = 1
    y = 2
    z = x + y
    helper()
    return z


def helper():
    return 0


sys.settrace(tracer)
print(work())
print(sys.gettrace())
helper()
