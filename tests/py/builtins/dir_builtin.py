"""dir(): type(obj).__dir__ answers (object's: the instance dict then the class and its
bases; type's: the class and its bases; module's: the namespace, or the module's own
__dir__), sorted; with no argument, the names of the current scope."""
import sys


class Base:
    shared = 1

    def base_method(self):
        pass


class Child(Base):
    own = 2

    def __init__(self):
        self.attr = 3


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class Tupled:
    def __dir__(self):
        return ("b", "a")


class Meta(type):
    def meta_only(cls):
        pass


class WithMeta(metaclass=Meta):
    member = 1


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir(Child())))
print(public(dir(Child)))
print(dir(Custom()))
print(dir(Tupled()))
print(public(dir(WithMeta)), "meta_only" in dir(Meta))
print(public(Child().__dir__()))
print(sorted(public(object.__dir__(Child()))) == public(dir(Child())))
print(type(Child().__dir__()).__name__)
print("version" in dir(sys), "argv" in dir(sys))
print(dir()[:3])


def scope(a, b=2):
    c = a + b
    return dir()


print(scope(1))


class Broken:
    def __dir__(self):
        return [1, "a"]


try:
    dir(Broken())
except TypeError as e:
    print("TypeError:", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
