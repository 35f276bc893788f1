class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @classmethod
    def make(cls, name):
        print("make via", cls.__name__)
        return cls(name)
    @staticmethod
    def helper(x, y):
        return x + y
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Circle(Shape):
    pass
print(Shape.make("s"), Circle.make("c"), Circle("d").make("e"))
print(Shape.helper(1, 2), Circle().helper(3, 4) if False else Circle.helper(3, 4), Shape.count)
cm = Shape.__dict__["make"]
sm = Shape.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(5, 6))
bound = Circle.make
print(bound.__self__ is Circle, bound.__func__ is cm.__func__)
