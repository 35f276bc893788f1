import sys


def local(frame, event, arg):
    print("local", event, frame.f_code.co_name, frame.f_lineno)
    return local


def glob(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    return None


def work():
    frame = sys._getframe()
    frame.f_trace = local
    a = 1
    b = 2
    return a + b


sys.settrace(glob)
here = sys._getframe()
here.f_trace = local
value = work()
print(value)
print(here.f_trace is local)
sys.settrace(None)
here.f_trace = None
print(here.f_trace)
