"""A comprehension iterates the iterator that LOAD_FAST .0 put on the stack: a tracer that
replaces or deletes .0 changes nothing, and the stack's reference shows in getrefcount
(in comprehensions and generator expressions)."""
import sys


def replace_dot_zero(frame, event, arg):
    if frame.f_code.co_name == "<listcomp>" and event == "line" and frame.f_locals.get("x") == 0:
        frame.f_locals[".0"] = iter([100, 200])
    return replace_dot_zero


def delete_dot_zero(frame, event, arg):
    if frame.f_code.co_name == "<listcomp>" and event == "line" and frame.f_locals.get("x") == 0:
        del frame.f_locals[".0"]
    return delete_dot_zero


def f():
    return [x for x in range(3)]


for tracer in (replace_dot_zero, delete_dot_zero):
    sys.settrace(tracer)
    r = f()
    sys.settrace(None)
    print(tracer.__name__, r)


def counts():
    it = iter([1, 2, 3])
    listed = [sys.getrefcount(it) for x in it]
    it2 = iter([1, 2])
    generated = list(sys.getrefcount(it2) for x in it2)
    return listed, generated


print(counts())
