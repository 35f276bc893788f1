import sys, gc
from contextlib import contextmanager, ExitStack, closing

class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def close(self): print("  close", self.name)

@contextmanager
def holding(arg):
    r = Res("local")
    try:
        yield r
    finally:
        print("  generator finally")

arg = Res("arg")
print("refs to arg before:", sys.getrefcount(arg))
cm = holding(arg)
print("refs while cm holds args:", sys.getrefcount(arg))
with cm as got:
    print("refs inside with:", sys.getrefcount(arg))
    del got
    print("body end")
print("after with")
del cm
print("cm gone")
del arg
print("----")

def raising():
    with holding(None) as r:
        del r
        raise ValueError("boom")
try:
    raising()
except ValueError as e:
    print("caught", e)
print("----")

# A manager entered but never exited: the generator is closed when it dies.
cm = holding(None)
v = cm.__enter__()
del v
print("dropping")
del cm
print("----")

# In a cycle: closed by the collector.
cm = holding(None)
cm.__enter__()
cm.self = cm
del cm
print("collect")
print("collected", gc.collect() > 0)
print("----")

with ExitStack() as stack:
    stack.enter_context(closing(Res("first")))
    stack.enter_context(closing(Res("second")))
    print("stack body")
print("after stack")
stack = None
print("----")
with closing(Res("temp")):
    pass
print("end")
