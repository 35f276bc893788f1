import sys

class C:
    def __init__(self, arg=None):
        print("__init__ self", sys.getrefcount(self))

    def __del__(self):
        print("__del__ self", sys.getrefcount(self))

class Desc:
    def __get__(self, instance, owner):
        print("__get__ self", sys.getrefcount(self), "instance", sys.getrefcount(instance))
        return 1

    def __set__(self, instance, value):
        print("__set__ value", sys.getrefcount(value))

class P:
    d = Desc()

    def _set(self, value):
        print("property setter value", sys.getrefcount(value))

    prop = property(None, _set)

print("-- C() temporary")
C()
print("-- c = C()")
c = C()
print("-- del c")
del c
p = P()
print("-- descriptor set")
v = []
p.d = v
print("-- property setter")
p.prop = v
