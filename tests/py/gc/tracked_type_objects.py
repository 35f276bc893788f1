# Containers of type objects: a builtin (static) type is not a GC object, so a tuple or
# dict holding only those is untracked; functools.partial is a heap type in CPython 3.11.
import functools, gc


class M(type):
    pass


d = {"x": functools.partial}
t = (functools.partial, 1)
d2 = {"a": int, "b": (str, bytes)}
t2 = (int, str)
t3 = (M, 1)
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(t), gc.is_tracked(functools.partial))
print(gc.is_tracked(d2), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(M.__bases__))
