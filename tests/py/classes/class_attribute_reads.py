# Reading a class attribute through an instance at one site, as the site's cases change:
# the instance dict shadowing it, the class attribute rebound or deleted, descriptors,
# __getattr__, and the references the read takes.
import sys


class Base:
    limit = 10
    items = (1, 2, 3)

    def method(self):
        return "method"


class K(Base):
    kind = "k"

    def __getattr__(self, name):
        return f"__getattr__({name})"


def read(o, n=3):
    return [(o.kind, o.limit, o.items) for _ in range(n)][-1]


k = K()
print(read(k))
k.limit = 99
print(read(k))
del k.limit
print(read(k))
Base.limit = 11
print(read(k))
K.kind = property(lambda self: "property")
print(read(k))
del K.kind
print(read(k))
K.kind = staticmethod(lambda: 1)
print(type(read(k)[0]).__name__)
del K.kind
print(read(k))
before = sys.getrefcount(Base.items)
held = [k.items for _ in range(5)]
print(sys.getrefcount(Base.items) - before)
print(k.method(), k.missing)
