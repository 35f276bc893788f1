import sys

class Desc:
    def __get__(self, instance, owner):
        print("__get__ self", sys.getrefcount(self), "instance", sys.getrefcount(instance))
        return 1

class P:
    d = Desc()

# PyObject_GenericGetAttr holds a reference to the descriptor while calling __get__.
p = P()
p.d
