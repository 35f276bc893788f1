import sys
class E(Exception):
    def __del__(self): print("del E")
def f():
    try:
        raise E("x")
    except E as e:
        print("caught", sys.getrefcount(e) > 1)
    print("after except")
f()
print("after f")
def g():
    try:
        raise E("kept")
    except E as e:
        return e
saved = g()
print("saved", saved.args)
del saved
print("end")
