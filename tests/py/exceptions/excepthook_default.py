# sys.excepthook (and sys.__excepthook__, the same function) prints an exception's
# traceback to sys.stderr, as an uncaught exception's is printed.
import sys

print(sys.excepthook, sys.__excepthook__ is sys.excepthook)
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("after")
sys.__excepthook__(ValueError, ValueError("no traceback"), None)
sys.__excepthook__(1, 2, 3)
try:
    sys.__excepthook__(1, 2)
except TypeError as e:
    print("TypeError:", e)
err = KeyError("k")
try:
    raise err
except KeyError:
    tb = sys.exc_info()[2]
err.__traceback__ = None
sys.excepthook(KeyError, err, tb)
print("traceback attached:", err.__traceback__ is tb)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


w = Writer()
saved = sys.stderr
sys.stderr = w
try:
    [][1]
except IndexError:
    sys.excepthook(*sys.exc_info())
sys.stderr = saved
print("captured:", "".join(w.parts).splitlines())
sys.stderr = None
sys.excepthook(ValueError, ValueError("to None"), None)
sys.stderr = saved
print("end")
