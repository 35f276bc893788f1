# str(True) is the runtime's static identifier str (bool_repr returns _Py_ID(True)): no
# allocation; None's, Ellipsis's and an int's are new strs each time.
import tracemalloc

tracemalloc.start()


def grows(fn):
    a = tracemalloc.get_traced_memory()[0]
    x = fn()
    return tracemalloc.get_traced_memory()[0] - a - base


base = 0
base = grows(lambda: None)
print([grows(f) for f in (lambda: str(True), lambda: repr(False), lambda: f"{True}", lambda: format(False))])
print([grows(f) for f in (lambda: repr(None), lambda: str(...), lambda: format(None), lambda: str(7))])
print(str(True) is str(True), f"{False}" is repr(False), repr(None) is repr(None), str(7) is str(7))
