# `for … in range(…)` inside functions (pygc counts on a number when range is the builtin
# and the arguments exact ints): every other case iterates a real range object.
import builtins
import sys
import tracemalloc


def loops():
    out = []
    for i in range(4):
        out.append(i)
    for i in range(2, 11, 3):
        out.append(i)
    for i in range(10, -1, -4):
        out.append(i)
    for i in range(5, 2):
        out.append("never")
    for i in range(-3):
        out.append("never")
    for i in range(True, 3):
        out.append(("bool start", i))
    for i in range(2**40, 2**40 + 2):
        out.append(i)
    for i in range(3):
        if i == 1:
            continue
        for j in range(i, 3):
            if j == 2:
                break
            out.append((i, j))
    return out


print(loops())


def errors():
    for args in [(1.5,), (0, 3, 0), ("3",), (1, 2, 3, 4)]:
        try:
            for i in range(*args):
                pass
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        for i in range(2.0):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        for i in range(0, 5, 0):
            pass
    except ValueError as e:
        print("ValueError", e)


errors()


def shadowed():
    out = []
    for i in range(3):
        out.append(i)
    return out


def range(*args):  # noqa: A001 - a global named range
    print("my range", args)
    return [9, 8]


print(shadowed())
del range
print(shadowed())

real_range = builtins.range


class LoudRange:
    def __call__(self, *args):
        print("builtins.range called", args)
        return real_range(*args)


builtins.range = LoudRange()
print(shadowed())
builtins.range = real_range
print(shadowed())


def local_range(range):
    return [i for i in [0]] + [x for x in range(2)]


print(local_range(lambda n: ["local", n]))


def loop_var_is_an_int(n):
    seen = []
    for i in range(n):
        seen.append((i, type(i).__name__, sys.getrefcount(i) > 1))
        i = "changed"
    return seen, i


print(loop_var_is_an_int(3))


def traced_allocations():
    tracemalloc.start()
    total = 0
    for i in range(1000, 1005):
        total += i
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return total, current >= 0


print(traced_allocations())


def raising_inside():
    for i in range(5):
        if i == 3:
            raise KeyError(i)


try:
    raising_inside()
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("KeyError", e, tb.tb_lineno, tb.tb_frame.f_locals["i"])


lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def traced():
    t = 0
    for i in range(2):
        t += i
    return t


sys.settrace(tracer)
traced()
sys.settrace(None)
print(lines)
