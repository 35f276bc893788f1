"""A stepping recorder in the style of Python Tutor: one snapshot per line event."""
import sys

steps = []


def record(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event in ("line", "return"):
        loc = {k: v for k, v in frame.f_locals.items() if not k.startswith("__")}
        depth = 0
        f = frame.f_back
        while f is not None and f.f_code.co_filename == __file__:
            depth += 1
            f = f.f_back
        steps.append((event, frame.f_code.co_name, frame.f_lineno, depth, repr(sorted(loc.items()))))
    return record


def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


sys.settrace(record)
result = bubble([3, 1, 2])
sys.settrace(None)
print(result)
for step in steps:
    print(*step)
