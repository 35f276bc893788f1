"""`raise e` of an exception that already has a traceback adds an entry in front of the
ones it has — also in the frame that raised it before; a bare `raise` adds none."""
import traceback, sys
def depth(e):
    n = 0; tb = e.__traceback__
    while tb: n += 1; tb = tb.tb_next
    return n
def f():
    e = ValueError("x")
    for i in range(3):
        try:
            raise e
        except ValueError as err:
            print("loop", i, depth(err))
f()
def g():
    try:
        raise KeyError(1)
    except KeyError as e:
        raise e
def h():
    try:
        g()
    except KeyError as e:
        print("g", depth(e))
        try:
            raise e
        except KeyError as e2:
            print("h", depth(e2))
        raise
try:
    h()
except KeyError as e:
    print("top", depth(e))
    traceback.print_exc(file=sys.stdout)
def k():
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
    try:
        raise err
    finally:
        pass
try:
    k()
except ZeroDivisionError as e:
    print("k", depth(e))
    traceback.print_exc(file=sys.stdout)
def m():
    e = RuntimeError("m")
    try:
        raise e
    except RuntimeError:
        pass
    raise e from None
try:
    m()
except RuntimeError as e:
    print("m", depth(e))
def gen():
    e = OSError("g")
    try:
        raise e
    except OSError:
        yield 1
    raise e
try:
    for x in gen(): pass
except OSError as e:
    print("gen", depth(e))
    traceback.print_exc(file=sys.stdout)
def w():
    e = TypeError("w")
    try:
        raise e
    except TypeError:
        pass
    with open(__file__) as fh:
        raise e
try:
    w()
except TypeError as e:
    print("with", depth(e))
e0 = NameError("n")
for _ in range(2):
    try:
        raise e0
    except NameError:
        pass
print("module", depth(e0))
raise e0
