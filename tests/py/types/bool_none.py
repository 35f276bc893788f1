print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True)
print(bool(0), bool(""), bool([]), bool([0]), bool(None), bool(0.0), bool("a"))
print(type(True), type(None), repr(None), str(True), int(False), isinstance(True, int))
print(None is None, None == None, None.__class__.__name__, type(None)() is None)
print(True == 1, hash(True), {True: "a", 1: "b"}, issubclass(bool, int))
print(bool.__mro__, NotImplemented, Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__)
try:
    bool.__new__(bool, 1).x = 1
except AttributeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(True and 5, 0 or "x", not None, None or 0)
print(f"{True}", f"{True:d}", format(False, ">6"), "%s %d" % (True, True))
