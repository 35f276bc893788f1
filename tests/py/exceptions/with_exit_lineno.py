# An exception raised by __exit__ is reported at the `with` line, not the block's last line.
import sys


class Boom:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("from exit")


def body_ok():
    with Boom():
        x = 1
        y = 2
    return x + y


def body_raises():
    with Boom():
        a = 1
        raise ValueError(a)


for fn in (body_ok, body_raises):
    try:
        fn()
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, lines, repr(e.__context__))

body_ok()
