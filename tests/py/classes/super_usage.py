class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def hello(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
d = D()
print(d.a, d.b, d.hello(), D.cm())
print(super(B, d).hello(), super(D, d).hello())
s = super(B, d)
print(type(s).__name__)
class E(A):
    def hello(self):
        return super(E, self).hello() + "+E"
print(E().hello())
