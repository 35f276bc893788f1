import sys


def sample(a, b, /, c, *args, d, **kw):
    local = 1
    return sys._getframe().f_code


code = sample(1, 2, 3, d=4)
print(code.co_name, code.co_qualname, code.co_filename.split("/")[-1])
print(code.co_firstlineno, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_nlocals)
print(code is sample.__code__)


def outer():
    x = 1
    def inner():
        return x
    return inner


inner = outer()
print(outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__code__.co_qualname)
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_back, frame.f_globals is globals())
print(type(code).__name__, type(frame).__name__)
