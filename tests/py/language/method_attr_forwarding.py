# A bound method answers what its type lacks from its function (method_getattro):
# __qualname__, __doc__, __module__, __dict__, __defaults__, function attributes, errors.
class A:
    def m(self, x=4):
        "doc of m"
        return x


a = A()
bound = a.m
print(bound.__qualname__, bound.__doc__, bound.__name__, bound.__module__, bound.__defaults__)
print(bound.__dict__, bound.__class__.__name__, bound.__code__.co_name, hasattr(bound, "zz"))
A.m.tag = 5
print(a.m.tag, getattr(a.m, "zz", 3))
try:
    bound.x
except AttributeError as e:
    print(e)
