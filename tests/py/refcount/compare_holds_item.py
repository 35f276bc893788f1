import sys

class C:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("__eq__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return self.n == other.n

    def __hash__(self):
        return 7

x = C(1)
lst = [x]
# list.index / in / count / list == list and dict lookups take a new reference to the
# stored item (Py_INCREF) around PyObject_RichCompare.
print("-- lst.index(C(1))")
lst.index(C(1))
print("-- C(1) in lst")
C(1) in lst
print("-- lst.count(C(1))")
lst.count(C(1))
print("-- lst == [C(1)]")
lst == [C(1)]
print("-- d[C(1)]")
d = {x: "v"}
d[C(1)]
# dict == dict holds the key and both values; set == set holds each key it looks up.
print("-- {1: x} == {1: C(1)}")
{1: x} == {1: C(1)}
print("-- {x} == {C(1)}")
{x} == {C(1)}
print("-- lst.remove(C(1))")
lst.remove(C(1))
