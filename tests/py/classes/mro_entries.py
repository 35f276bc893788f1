"""PEP 560: a base that is not a class but has __mro_entries__ is replaced by the classes it
returns, and the class keeps the bases as written in __orig_bases__."""


class Base:
    def __init__(self, n):
        self.n = n


class Meta(type):
    pass


class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Base,)


class D(Entry(), metaclass=Meta):
    pass


print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D(3).n, type(D).__name__)
print("__orig_bases__" in vars(Base))


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:

    class F(Bad()):
        pass

except TypeError as e:
    print(e)
