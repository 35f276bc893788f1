"""Generator functions compiled to one JS generator: yield and yield from as statements and
assignment values, loops around them, send/throw/close, tracing of their lines."""
import sys


def pipeline(n):
    for i in range(n):
        if i % 2:
            continue
        got = yield i * i
        if got == "stop":
            return "stopped"
    yield from ["a", "b"]
    k = 0
    while k < 2:
        k += 1
        yield k


def delegating():
    r = yield from pipeline(4)
    yield ("returned", r)


def closer():
    try:
        while True:
            yield "tick"
    finally:
        print("closed")


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        print(event, frame.f_lineno - first)
    return tracer


def traced():
    x = 1
    yield x
    for i in range(2):
        yield i


first = traced.__code__.co_firstlineno
print(list(pipeline(7)))
g = pipeline(7)
print(next(g), g.send(None), g.send("stop") if False else next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
print(list(delegating()))
c = closer()
print(next(c), next(c))
c.close()
sys.settrace(tracer)
print(list(traced()))
sys.settrace(None)
