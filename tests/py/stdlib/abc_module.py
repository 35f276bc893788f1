# The abc module: abstract methods (the instantiation error, __abstractmethods__ as the
# class is made and after update_abstractmethods), register and the caches, the
# __subclasshook__ protocol, and that neither registering nor checking keeps a class alive.
import abc, gc, sys, weakref


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @abc.abstractmethod
    def perimeter(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    def describe(self):
        return f'{self.name}: {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print(e)
    try:
        object.__new__(cls)
    except TypeError as e:
        print(e)


class Real(Square):
    name = 'square'

    def perimeter(self):
        return 4 * self.s


r = Real(3)
print(r.describe(), r.perimeter(), sorted(Shape.__abstractmethods__), Real.__abstractmethods__)
print([k for k in Shape.__dict__ if not k.startswith('__') or k == '__abstractmethods__'])
print(type(Shape._abc_impl), type(Shape), type(abc.ABC), abc.ABCMeta.__module__)
try:
    type.__abstractmethods__
except AttributeError as e:
    print(repr(e))


class Plain:
    pass


try:
    Plain.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
Plain.__abstractmethods__ = frozenset({'x'})
try:
    Plain()
except TypeError as e:
    print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)


# classmethods, staticmethods and properties are abstract through their functions
class K(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...

    @abc.abstractclassmethod
    def old_make(cls):
        return cls.__name__

    @abc.abstractproperty
    def old_prop(self):
        return 'old'


print(sorted(K.__abstractmethods__), K.old_make())
print(property(lambda s: 0).__isabstractmethod__, staticmethod(abc.abstractmethod(lambda: 0)).__isabstractmethod__)


# update_abstractmethods after a method was added later
class Later(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


Later.run = lambda self: 'ran'
print(sorted(Later.__abstractmethods__), abc.update_abstractmethods(Later) is Later, Later.__abstractmethods__, Later().run())
print(abc.update_abstractmethods(int) is int)


# register, virtual subclasses, the caches
class Container(abc.ABC):
    pass


t0 = abc.get_cache_token()
print(Container.register(list) is list, abc.get_cache_token() - t0)
print(isinstance([], Container), issubclass(list, Container), issubclass(bool, Container), isinstance({}, Container))
print(Container in list.__mro__, Container.register(list) is list, abc.get_cache_token() - t0)


@Container.register
class Decorated:
    pass


print(issubclass(Decorated, Container), Decorated.__name__)
try:
    Container.register(5)
except TypeError as e:
    print(e)
try:
    issubclass(5, Container)
except TypeError as e:
    print(e)


class Sub(Container):
    pass


try:
    Sub.register(Container)
except RuntimeError as e:
    print(e)
registry, cache, negative, version = abc._get_dump(Container)
print(len(registry), len(cache), len(negative), version == abc.get_cache_token())
Container._abc_caches_clear()
print([len(s) for s in abc._get_dump(Container)[:3]])
Container._abc_registry_clear()
print(issubclass(list, Container), [len(s) for s in abc._get_dump(Container)[:3]])


# __subclasshook__
class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any('close' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class File:
    def close(self):
        pass


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


print(issubclass(File, Closeable), isinstance(File(), Closeable), issubclass(int, Closeable))
try:
    issubclass(int, Bad)
except AssertionError as e:
    print(e)


# memory: the registry and the caches hold classes weakly
class Registered:
    pass


class Checked:
    pass


class Negative:
    pass


Container.register(Registered)
print(issubclass(Checked, Sub), issubclass(Registered, Container), isinstance(Negative(), Container))
refs = [weakref.ref(c) for c in (Registered, Checked, Negative)]
del Registered, Checked, Negative
gc.collect()
print([r() for r in refs], [len(s) for s in abc._get_dump(Container)[:3]])


# an ABC is collected like any class: its _abc_data and weak sets go with it
class Temp(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


Temp.register(dict)
isinstance(1, Temp)
w = weakref.ref(Temp)
impl = weakref.ref(Temp) and Temp._abc_impl
print(sys.getsizeof(impl), gc.is_tracked(impl), type(impl).__module__)
del Temp, impl
print(gc.collect() > 0, w())


# a hook's error comes through ABCMeta.__subclasscheck__ (a frame of the frozen abc)
class Raises(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise ValueError('from the hook')


isinstance(1, Raises)
