import sys
try:
    raise ValueError("v")
except ValueError as e:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
try:
    e
except NameError as ne:
    print(ne)
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        saved = err
    return saved
s = f()
print(repr(s), s.__traceback__ is not None)
try:
    raise TypeError("t")
except TypeError as e:
    try:
        raise
    except TypeError as again:
        print("re-raised", again is e)
try:
    raise
except RuntimeError as r:
    print(r)
