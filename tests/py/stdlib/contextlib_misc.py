import sys
from contextlib import suppress, closing, nullcontext, AbstractContextManager, redirect_stdout

with suppress(KeyError, IndexError):
    {}["missing"]
print("after KeyError")
with suppress(LookupError):
    [][1]
print("subclass suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass
s = suppress(ValueError)
print(s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None), s.__enter__())

class Thing:
    def __init__(self): self.closed = False
    def close(self):
        self.closed = True
        print("closed")
t = Thing()
with closing(t) as got:
    print(got is t, t.closed)
print(t.closed)
try:
    with closing(Thing()):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("propagated", e)

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
nc = nullcontext("x")
print(nc.enter_result, nc.__exit__(KeyError, None, None))

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")
with Mine() as m:
    print(type(m).__name__)

class Collect:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
buf = Collect()
print(redirect_stdout(buf)._stream)
from contextlib import redirect_stderr
with redirect_stdout(buf) as target:
    sys.stdout.write("to buffer\n")
    print(target is buf, file=sys.__stdout__)
print(buf.parts, sys.stdout is sys.__stdout__)
err = Collect()
with redirect_stderr(err):
    sys.stderr.write("err text\n")
print(err.parts)
r = redirect_stdout(buf)
with r:
    with r:
        sys.stdout.write("nested\n")
print(buf.parts[-1], sys.stdout is sys.__stdout__)
