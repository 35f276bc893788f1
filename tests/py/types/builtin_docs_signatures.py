# Builtin functions' and methods' __doc__ and __text_signature__ (CPython's ml_doc and slot
# docs, data measured from python3), builtin_function_or_method.__module__ (the module's
# name, posix for os.getcwd; None for a method; writable), __call__ of slot wrappers and
# method-wrappers, and dir() of a function with attributes.
import sys, math, os, functools, itertools, gc, time
for f in (len, print, abs, sorted, max, iter, getattr, [].append, list.append, list.__add__, int.__add__, (1).__add__, object.__init__, object().__str__, dict.fromkeys, str.maketrans, int.__new__, type.__prepare__, math.sqrt, sys.getrefcount, os.getcwd, functools.reduce, itertools.chain.from_iterable, gc.collect, time.time, type.__instancecheck__, bytearray.__alloc__, BaseException.add_note):
    print(repr(f.__doc__)[:70], repr(f.__text_signature__), getattr(f, '__module__', 'NA'))
print(object.__init__.__call__(object()), type(object.__init__).__call__, type(object().__str__).__call__)
print(object().__str__.__call__()[:8], object.__str__.__call__(object())[:8])
print(type(len).__doc__, type(list.append).__doc__)
class L(list): pass
print(L.append.__doc__, L().append.__text_signature__)
print(len.__module__, [].append.__module__, math.floor.__module__)
try:
    len.__module__ = 'x'
    print(len.__module__)
except AttributeError as e: print('AE', e)
def f(): pass
f.x = 1
print('x' in dir(f), sorted(set(dir(f)) - set(dir(type(f)))))
