def f(): pass
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(type(f).__name__, type(len).__name__, type(C().m).__name__, type(C.m).__name__, type([].append).__name__)
print(type(C.s).__name__, type(C.c).__name__, type(str.upper).__name__, type(lambda: 0).__name__)
print(callable(f), callable(C.m), callable(C().m), callable(len), callable(C), callable(C()))
print(len.__name__, [].append.__name__, C().m.__name__, C.m.__qualname__, f.__module__)
m = C().m
print(m.__self__.__class__.__name__, m.__func__ is C.m, m == C().m, m == m)
