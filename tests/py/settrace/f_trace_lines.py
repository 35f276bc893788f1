import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == "call" and frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    return tracer


def quiet():
    a = 1
    return a


def loud():
    a = 1
    return a


sys.settrace(tracer)
quiet()
loud()
sys.settrace(None)
