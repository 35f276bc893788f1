class Walker:
    def move(self): return "walk"
    def describe(self): return "I " + self.move()
class Swimmer:
    def move(self): return "swim"
    def dive(self): return "dive"
class Duck(Walker, Swimmer):
    pass
class Fish(Swimmer, Walker):
    pass
d, f = Duck(), Fish()
print(d.move(), f.move(), d.describe(), f.describe(), d.dive())
print([c.__name__ for c in Duck.__mro__], isinstance(d, Swimmer))
class Mixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Point(Mixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))
class Base1:
    def __init__(self):
        print("Base1")
        super().__init__()
class Base2:
    def __init__(self):
        print("Base2")
        super().__init__()
class Both(Base1, Base2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
