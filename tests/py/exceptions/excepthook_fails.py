# A sys.excepthook that raises: CPython reports both errors.
import sys


def hook(t, v, tb):
    raise RuntimeError("hook failed")


sys.excepthook = hook
print("before")
raise IndexError("original")
