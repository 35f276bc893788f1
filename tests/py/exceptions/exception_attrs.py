e = OSError(2, "No such file")
print(e.args, str(e))
k = KeyError("key")
print(k.args, str(k), repr(k))
s = StopIteration(5)
print(s.value, s.args)
u = UnicodeError("u")
print(isinstance(u, ValueError))
class WithAttrs(Exception):
    pass
w = WithAttrs("m")
w.extra = 42
print(w.extra, w.args, w.__dict__)
try:
    raise w
except WithAttrs as caught:
    print(caught is w, caught.extra)
err = ValueError("a")
err.args = ("changed", 1)
print(err, repr(err))
print(repr(BaseException()), repr(Exception(None)), str(Exception(None)), str(Exception(1, 2)))
print(ValueError.__name__, ValueError.__mro__[1].__name__, ValueError("x") == ValueError("x"))
n = NameError("nm")
print(type(n).__mro__[1].__name__)
