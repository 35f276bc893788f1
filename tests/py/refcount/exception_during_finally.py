import sys

class E(Exception):
    pass

class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("__exit__ exception", sys.getrefcount(v))
        return True

err = E("x")
# While a finally block or __exit__ runs for a propagating exception, the exception is
# on the frame's value stack and is also sys.exc_info()'s current exception.
try:
    try:
        raise err
    finally:
        print("in finally during propagation", sys.getrefcount(err))
except E:
    print("caught (exc_info only)", sys.getrefcount(err))
with Ctx():
    raise err
print("end", sys.getrefcount(err))


def gen():
    try:
        yield 1
    finally:
        # close() throws GeneratorExit in: the finally block sees it as exc_info too.
        print("generator finally", sys.exc_info()[0].__name__)


g = gen()
next(g)
g.close()
try:
    try:
        raise err
    finally:
        try:
            print("nested finally", sys.getrefcount(err))
        finally:
            pass
except E:
    pass
