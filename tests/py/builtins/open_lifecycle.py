# Buffered writes reach the file on flush/close; a file is closed (and flushed) when
# the object is freed, by refcounting or by the collector; `with` closes it.
import gc
import sys

gc.disable()  # only the explicit collection below runs
NAME = "_scratch_open_lifecycle.txt"


def contents():
    with open(NAME) as f:
        return f.read()


f = open(NAME, "w")
f.write("buffered")
print(repr(contents()))
f.flush()
print(repr(contents()))
f.write(" and more")
f.close()
print(repr(contents()))

f = open(NAME, "w")
f.write("freed by refcount")
del f
print(repr(contents()))


def scope():
    g = open(NAME, "a")
    g.write(", then by returning")


scope()
print(repr(contents()))


class Holder:
    pass


h = Holder()
h.self = h
h.file = open(NAME, "a")
h.file.write(", then by the collector")
del h
print(repr(contents()))
print(gc.collect() > 0)
print(repr(contents()))

with open(NAME, "w") as f:
    f.write("with")
    print(f.closed)
print(f.closed, repr(contents()))


def leave_early():
    with open(NAME, "a") as g:
        g.write(" + exception")
        raise KeyError("boom")


try:
    leave_early()
except KeyError as e:
    print("KeyError", e)
print(repr(contents()))

big = "x" * 10000
f = open(NAME, "w")
f.write(big)
print(len(contents()) > 0, len(contents()) <= 10000)
f.close()
print(len(contents()))
print(gc.is_tracked(open(NAME)), sys.getsizeof(open(NAME)))
with open(NAME, "w"):
    pass
