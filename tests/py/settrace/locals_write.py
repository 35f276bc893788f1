import sys


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "work" and frame.f_lineno == 12:
        frame.f_locals["a"] = 100
    return tracer


def work():
    a = 1
    b = a + 1
    return a, b


sys.settrace(tracer)
print(work())
sys.settrace(None)
