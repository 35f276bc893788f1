# Attributes of classes: a metaclass's __getattr__ answers what type_getattro misses or what
# a descriptor refuses with AttributeError; hasattr and getattr's default swallow it.
class Meta(type):
    @property
    def mp(cls):
        raise AttributeError("no mp")
    def __getattr__(cls, name):
        return "meta-getattr " + name
class K(metaclass=Meta):
    x = 1
print(K.x, K.zz, K.mp, hasattr(K, 'anything'))
class Meta2(type):
    @property
    def mp(cls):
        raise AttributeError("no mp")
class K2(metaclass=Meta2): pass
print(hasattr(K2, 'mp'), getattr(K2, 'mp', 'dflt'), hasattr(K2, 'nope'))
try:
    K2.mp
except AttributeError as e:
    print(e)
try:
    K2.nope
except AttributeError as e:
    print(e)
class D:
    def __get__(self, o, t=None):
        raise AttributeError("desc")
class H:
    g = D()
print(hasattr(H, 'g'), getattr(H, 'g', 5))
