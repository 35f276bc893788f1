import sys

class C:
    pass

class E(Exception):
    pass

payload = C()
err = E(payload)
print("exception args hold payload", sys.getrefcount(payload))
print("args tuple", sys.getrefcount(err.args))
try:
    raise err
except E:
    print("inside bare except", sys.getrefcount(err))
print("after bare except", sys.getrefcount(err))

def raise_it():
    raise err

try:
    raise_it()
except E as e:
    print("re-raised global inside except as", sys.getrefcount(err))
print("after (traceback attached)", sys.getrefcount(err))
tb = err.__traceback__
print("traceback refcount", sys.getrefcount(tb))
del tb

try:
    raise E("x") from None
except E as e2:
    print("from None suppress", e2.__suppress_context__, sys.getrefcount(e2))

def fails(o):
    local = o
    raise E("y")

obj = C()
try:
    fails(obj)
except E as e3:
    print("held by arg and local of failed frame", sys.getrefcount(obj))
print("after handler", sys.getrefcount(obj))
try:
    fails(obj)
except E:
    try:
        pass
    finally:
        print("finally inside except", sys.getrefcount(obj))
print("end", sys.getrefcount(obj))
