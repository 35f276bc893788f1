# A trace function call keeps a dict of the frame's locals in step only once frame.f_locals
# has been read (CPython 3.11's f_fast_as_locals): a tracer that never reads it adds no
# references to the locals, so their counts and __del__ timing are as without tracing.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def pairs():
    a = D(7)
    b = D(8)
    a, b = D(1), D(2)
    print("after")


def count():
    a = D(0)
    print("refs", sys.getrefcount(a))


def quiet(frame, event, arg):
    return quiet


def reader(frame, event, arg):
    frame.f_locals
    return reader


pairs()
count()
sys.settrace(quiet)
pairs()
count()
sys.settrace(reader)
pairs()
count()
sys.settrace(None)
print("end")


# A frame whose f_locals was read returns; the next call at its depth starts unmarked.
def peek():
    x = D(9)
    sys._getframe().f_locals
    return x.n


def arg_refs(a):
    print("arg refs", sys.getrefcount(a))


for i in range(3):
    peek()
    sys.settrace(quiet)
    arg_refs(D(10))
    sys.settrace(None)
