import sys

class C:
    pass

x = C()
y = C()
# enumerate/zip/dict.items() keep their last result tuple for reuse, so it still holds
# the items after the loop target has been unpacked.
for i, o in enumerate([x]):
    print("enumerate element", sys.getrefcount(o))
del o
for p, q in zip([x], [y]):
    print("zip elements", sys.getrefcount(p), sys.getrefcount(q))
del p, q
d = {"k": x}
for k, v in d.items():
    print("items value", sys.getrefcount(v))
