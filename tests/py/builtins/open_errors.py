# What open() and file objects raise, with CPython's messages.
import sys

NAME = "_scratch_open_errors.txt"


def show(call):
    try:
        r = call()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
        return e


e = show(lambda: open("no_such_file.txt"))
print(e.args, e.errno, e.strerror, e.filename, isinstance(e, OSError))
e = show(lambda: open("."))
print(e.args, e.errno, e.filename, type(e).__mro__[1].__name__)
show(lambda: open(".", "w"))
show(lambda: open("missing_dir/x.txt", "w"))
with open(NAME, "w") as f:
    f.write("exists")
e = show(lambda: open(NAME, "x"))
print(e.errno, e.filename)
show(lambda: open(NAME, "rz"))
show(lambda: open(NAME, "rw"))
show(lambda: open(NAME, "rr"))
show(lambda: open(NAME, "rbt"))
show(lambda: open(NAME, ""))
show(lambda: open(NAME, "+"))
show(lambda: open(NAME, "rw+"))
show(lambda: open(NAME, "r++"))
show(lambda: open(NAME, "tb+"))
show(lambda: open(NAME, "rb", encoding="utf-8"))
show(lambda: open(NAME, "rb", newline=""))
show(lambda: open(NAME, "r", newline="x"))
show(lambda: open(NAME, "r", encoding="no-such-codec"))
show(lambda: open(NAME, "r", buffering=0))
show(lambda: open(3.5))
show(lambda: open())
show(lambda: open(NAME, "r", bogus=1))
show(lambda: open(NAME, closefd=False))

f = open(NAME)
show(lambda: f.write("x"))
show(lambda: f.writable())
f.close()
for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "readable", "__enter__"]:
    print(name, end=": ")
    show(getattr(f, name))
show(lambda: f.write("x"))
show(lambda: f.seek(0))
show(lambda: next(f))
show(lambda: iter(f))
show(f.close)
try:
    with f:
        pass
except ValueError as e:
    print("with:", e)

f = open(NAME, "rb")
show(lambda: f.write(b"x"))
f.close()
for name in ["read", "readline", "readlines", "tell", "flush"]:
    print(name, end=": ")
    show(getattr(f, name))
show(lambda: f.seek(0))

f = open(NAME, "wb")
show(f.read)
show(lambda: f.write("text"))
show(lambda: f.write(5))
f.close()
show(lambda: f.write(b"x"))
show(f.flush)

f = open(NAME, "a")
show(f.read)
show(lambda: f.write(b"bytes"))
show(lambda: f.write(3))
show(lambda: f.seek(1, 1))
show(lambda: f.seek(1, 2))
show(lambda: f.seek(-1))
show(lambda: f.seek(0, 5))
f.close()

with open(NAME, "wb") as f:
    f.write(b"ok\xff\xfe")
with open(NAME) as f:
    show(f.read)
with open(NAME, errors="replace") as f:
    show(f.read)
with open(NAME, encoding="ascii", errors="ignore") as f:
    show(f.read)
with open(NAME, "w", encoding="ascii") as f:
    show(lambda: f.write("é"))
print(OSError(2, "No such file or directory", "x"), type(OSError(2, "x")).__name__)
try:
    open("also_missing.txt")
except FileNotFoundError:
    print("caught FileNotFoundError:", sys.exc_info()[1])
with open(NAME, "w"):
    pass
