# sys.exc_info() gives the traceback being handled; sequence repetition by a non-int.
import sys

def f():
    raise ValueError("x")

try:
    f()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    del tb
print(sys.exc_info())
for left, right in (([1], 1.5), (2.0, "ab"), ((1,), [2]), ("a", "b")):
    try:
        left * right
    except TypeError as e:
        print(e)
print([1] * 2, 2 * "ab", (0,) * 3)
