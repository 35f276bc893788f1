# The names a builtin method carries: method descriptors and slot wrappers, unbound and
# bound.
for d in (str.join, list.append, int.__add__, list.__len__, object.__eq__,
          str.__getitem__, list.__getitem__, dict.__contains__, set.__contains__):
    print(type(d).__name__, d.__name__, d.__qualname__, getattr(d, "__objclass__", None))
for m in ((3).__add__, [].__len__, "x".join, [].append):
    print(type(m).__name__, m.__name__, m.__qualname__, repr(m.__self__))
import sys, gc
print(len.__qualname__, sys.getrefcount.__qualname__, gc.collect.__qualname__, [].append.__qualname__, dict.fromkeys.__name__)
