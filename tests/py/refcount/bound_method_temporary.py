import sys

class K:
    def m(self):
        return sys.getrefcount(self)

k = K()
# CALL on a temporary bound method unpacks it into (function, self) and drops the
# method object, so the callee sees: global, frame local, getrefcount argument.
print("getattr(k, 'm')()", getattr(k, "m")())

def get():
    return k.m

print("get()()", get()())
print("[k.m][0]()", [k.m][0]())
