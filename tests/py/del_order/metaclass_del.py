"""A metaclass's __del__ runs for its classes: when a class is collected, and at exit."""
import gc
class Meta(type):
    def __del__(cls):
        print("meta del", cls.__name__)
class X(metaclass=Meta): pass
print(type(X).__name__)
del X
print("collected", gc.collect())
class Y(metaclass=Meta): pass
print("end")
