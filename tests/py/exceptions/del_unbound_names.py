"""del of an unbound name: UnboundLocalError for a local (also a cell of the frame), NameError
for a free variable or a global, with the carets under the name."""
def f():
    x = 1
    del x
    del x
try: f()
except UnboundLocalError as e: print("UL", e)
def g():
    y = 1
    def h(): return y
    del y
    del y
try: g()
except Exception as e: print(type(e).__name__, e)
def k():
    z = 1
    def m():
        nonlocal z
        del z
        del z
    m()
try: k()
except Exception as e: print(type(e).__name__, e)
try:
    del q
except NameError as e: print(e)
w = 1
del w, q2


def outer():
    def inner():
        return x

    try:
        inner()
    except NameError as e:
        print(e)
    x = 1


outer()
