class P:
    cls_attr = "c"
    def __init__(self): self.x = 1
p = P()
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "x"), getattr(p, "y", None), getattr(P, "cls_attr"))
setattr(p, "y", [2])
print(p.y, vars(p))
delattr(p, "y")
print(vars(p), hasattr(p, "y"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(p, 5)
except TypeError as e:
    print(e)
try:
    delattr(p, "nothere")
except AttributeError as e:
    print(e)
import sys
print(getattr(sys, "maxsize") > 0, hasattr(len, "__name__"), getattr(len, "__name__"))
print(sorted(k for k in dir(p) if not k.startswith("_")), "x" in dir(p), "cls_attr" in dir(P))
