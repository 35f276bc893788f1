import sys
def g():
    try:
        yield 1
    except ValueError as ex:
        yield 2
x = g(); next(x); x.throw(ValueError("v"))
print(sys.exc_info())
try:
    raise KeyError(1)
except KeyError as e:
    print(repr(e.__context__))
def h():
    try:
        raise TypeError("t")
    except TypeError:
        yield 5
y = h(); next(y)
print(sys.exc_info())
def inner():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
it = inner()
print(repr(next(it)), sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(it)), repr(sys.exc_info()[1]))
