import sys


def tracer(frame, event, arg):
    if event == "call":
        chain = []
        f = frame
        while f is not None:
            chain.append(f.f_code.co_name)
            f = f.f_back
        print(" <- ".join(chain))
    return None


def a():
    return b()


def b():
    return c()


def c():
    return sys._getframe(1).f_code.co_name


sys.settrace(tracer)
print(a())
sys.settrace(None)
