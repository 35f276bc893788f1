"""repr of staticmethod and classmethod objects: the wrapped callable's repr inside."""
def f(): pass
class A:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(repr(staticmethod(len)), repr(classmethod(len)))
print(repr(staticmethod(f)).split(' at')[0], repr(classmethod(f)).split(' at')[0])
print(repr(A.__dict__['s']).split(' at')[0], repr(A.__dict__['c']).split(' at')[0])
print(str(staticmethod(abs)), repr(classmethod(staticmethod(len))))
