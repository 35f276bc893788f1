import sys

class C:
    pass

t = (C(), C())
print("t[:] is t", t[:] is t)
v = t[:]
print("t[:] kept: same tuple", sys.getrefcount(t))
w = t[0:2]
print("t[0:2] full slice kept", sys.getrefcount(t))
