import sys
from contextlib import ExitStack, contextmanager, suppress

class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    stack.callback(print, "callback", 1, sep="-")
    stack.push(lambda *exc: print("pushed fn", exc[0]))
    stack.push(CM("c"))
print("----")
with ExitStack() as stack:
    stack.enter_context(CM("swallower", swallow=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("suppressed")
print("----")
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(CM(i))
    moved = stack.pop_all()
print("stack closed, moved not yet")
moved.close()
print("----")

def fails(msg):
    raise ValueError(msg)
try:
    with ExitStack() as stack:
        stack.callback(fails, "first")
        stack.callback(fails, "second")
        raise KeyError("body")
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
print("----")
try:
    with ExitStack() as stack:
        stack.callback(fails, "only")
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise TypeError("outer")
    except TypeError:
        with ExitStack() as stack:
            stack.callback(fails, "in handler")
except ValueError as e:
    print(repr(e), repr(e.__context__))
print("----")
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(e, e.__suppress_context__)

def cb(): print("decorated callback")
with ExitStack() as st:
    r = st.callback(cb)
    print(r is cb, st._exit_callbacks[0][1].__wrapped__ is cb)

with ExitStack() as st:
    st.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed by enter_context(suppress)")

@contextmanager
def gen_cm(n):
    print("gen enter", n)
    try:
        yield n
    finally:
        print("gen exit", n)
with ExitStack() as st:
    vals = [st.enter_context(gen_cm(i)) for i in range(3)]
    print(vals)
print(ExitStack().__exit__(None, None, None))
x = object()
print(sys.getrefcount(x))
st = ExitStack()
st.callback(print, x)
print(sys.getrefcount(x))
st.close()
print(sys.getrefcount(x))
