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

# CALL_FUNCTION_EX (star arguments) does not split the method: it is called whole.
class V:
    def m(self, *a, **kw):
        return sys.getrefcount(self)


v = V()
print("star calls", getattr(v, "m")(*()), getattr(v, "m")(**{}), getattr(v, "m")(x=1))
bm = v.m
print("method in a variable", bm(), bm(1), bm(*[1]))
