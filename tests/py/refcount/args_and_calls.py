import sys

class C:
    pass

x = C()

def positional(a):
    return sys.getrefcount(a)

def keyword_only(*, a):
    return sys.getrefcount(a)

def star_args(*args):
    return sys.getrefcount(args[0])

def star_args_tuple(*args):
    return sys.getrefcount(args)

def star_kwargs(**kwargs):
    return sys.getrefcount(kwargs["a"])

def star_kwargs_dict(**kwargs):
    return sys.getrefcount(kwargs)

default_obj = C()

def with_default(a=default_obj):
    return sys.getrefcount(a)

def two_levels(a):
    return positional(a)

def rebinds_arg(a):
    a = None
    return sys.getrefcount(x)

def local_copy(a):
    b = a
    c = a
    return sys.getrefcount(a)

print("positional arg", positional(x))
print("keyword arg", positional(a=x))
print("keyword-only arg", keyword_only(a=x))
print("*args element", star_args(x))
print("*args tuple itself", star_args_tuple(x))
print("**kwargs value", star_kwargs(a=x))
print("**kwargs dict itself", star_kwargs_dict(a=x))
print("default value used", with_default())
print("default value, module count", sys.getrefcount(default_obj))
print("passed through two frames", two_levels(x))
print("argument rebound to None", rebinds_arg(x))
print("two local aliases", local_copy(x))
print("back at module level", sys.getrefcount(x))
