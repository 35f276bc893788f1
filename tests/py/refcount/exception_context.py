import sys

try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise KeyError("outer") from inner
except KeyError as outer:
    print("context is cause", outer.__context__ is outer.__cause__)
    print("cause refcount (cause + context + arg)", sys.getrefcount(outer.__cause__))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as second:
    print("implicit context", repr(second.__context__))
    print("context refcount", sys.getrefcount(second.__context__))
