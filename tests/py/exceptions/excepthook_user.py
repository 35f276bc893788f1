# An uncaught exception goes to the sys.excepthook the program installed.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, tb.tb_next.tb_lineno)
    print("stdout flushed first")


sys.excepthook = hook


def f():
    raise ValueError("boom")


print("before")
f()
