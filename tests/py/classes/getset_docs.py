# The __doc__ of a class's __dict__ and __weakref__ descriptors, as CPython 3.11 spells it.
class B:
    pass


print(repr(B.__dict__["__dict__"].__doc__), repr(B.__dict__["__weakref__"].__doc__))
