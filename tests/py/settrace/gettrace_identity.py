import sys


def first(frame, event, arg):
    print("first", event, frame.f_code.co_name)
    if event == "call":
        sys.settrace(second)
    return first


def second(frame, event, arg):
    print("second", event, frame.f_code.co_name)
    return None


def f():
    return 1


print(sys.gettrace())
sys.settrace(first)
print(sys.gettrace() is first)
f()
print(sys.gettrace() is second)
f()
sys.settrace(None)
print(sys.gettrace())
