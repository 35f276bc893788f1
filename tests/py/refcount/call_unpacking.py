import sys

class C:
    pass

x = C()

def star_args(*args):
    return sys.getrefcount(args[0])

def star_kwargs(**kwargs):
    return sys.getrefcount(kwargs["a"])

def plain(a):
    return sys.getrefcount(a)

# CALL_FUNCTION_EX: the call site's tuple/dict stays alive during the call and the
# callee's *args / **kwargs are fresh copies.
print("f(*[x]) into *args", star_args(*[x]))
print("f(*(x,)) into *args", star_args(*(x,)))
print("f(**{'a': x}) into **kwargs", star_kwargs(**{"a": x}))
print("f(*[x]) into a plain parameter", plain(*[x]))
print("f(**{'a': x}) into a plain parameter", plain(**{"a": x}))
