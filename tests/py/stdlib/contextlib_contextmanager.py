import sys, gc
from contextlib import contextmanager, ContextDecorator

class Res:
    def __init__(self, name): self.name = name; print("open", name)
    def __del__(self): print("del", self.name)

@contextmanager
def managed(name):
    """Manage a resource."""
    r = Res(name)
    try:
        yield r
    finally:
        print("cleanup", name)

with managed("a") as r:
    print("body", r.name)
del r
print("after a")

cm = managed("b")
print(type(cm).__name__, type(cm).__module__, cm.__doc__, sorted(vars(cm)))
with cm as r2:
    print(sorted(vars(cm)))
del r2, cm
print("after b")

# An exception in the body is thrown into the generator.
@contextmanager
def catching(kind):
    try:
        yield "x"
    except kind as e:
        print("caught in generator:", repr(e))

with catching(ValueError):
    raise ValueError("swallowed")
print("continued")
try:
    with catching(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outside:", repr(e), e.__context__)

# The generator raises something else: chained to the original.
@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e
try:
    with translating():
        raise KeyError("k")
except LookupError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

@contextmanager
def reraising():
    try:
        yield
    except ZeroDivisionError:
        print("reraise")
        raise
try:
    with reraising():
        1 / 0
except ZeroDivisionError as e:
    print("got", repr(e))

# Protocol errors.
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def yields_after_throw():
    try:
        yield 1
    except ValueError:
        yield 2
try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print(e, repr(e.__context__))

# StopIteration raised in the body is not swallowed (PEP 479 wraps it in the generator).
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated", e)

@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print("swallow", type(e).__name__)
with swallow_all():
    raise StopIteration("inner")
print("after swallow")

# Exception class only (no instance), as __exit__(typ, None, None).
@contextmanager
def report():
    try:
        yield
    except Exception as e:
        print("instance made:", type(e).__name__, e.args)
m = report(); m.__enter__()
print(m.__exit__(KeyError, None, None))

# As a decorator: a fresh generator for each call.
@managed("deco")
def work(n):
    print("work", n)
    return n * 2
print(work(1))
print(work(2))

class Tracked(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@Tracked()
def f(x):
    return x + 1
print(f(1), f.__name__)

# The generator and what it holds die with the manager.
@contextmanager
def holding():
    r = Res("held")
    yield
    print("resumed")
c = holding()
c.__enter__()
print("dropping manager")
del c
gc.collect()
print("end")
