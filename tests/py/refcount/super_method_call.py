import sys

class Base:
    def who(self):
        return sys.getrefcount(self)

class Sub(Base):
    def who(self):
        return super().who()

    def direct(self):
        return Base.who(self)

s = Sub()
# super().who() yields a bound method that CALL unpacks; the super object is gone by then.
print("super().who()", s.who())
print("Base.who(self)", s.direct())
