def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("no ctx") from None
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError("x")
e.__cause__ = OSError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from KeyError
except ValueError as v:
    print(repr(v), repr(v.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as t:
    print(t)
