import sys

class C:
    pass

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

x = C()
for item in [x]:
    print("for loop variable over literal", sys.getrefcount(item))
lst = [x, x]
for item in lst:
    pass
print("loop variable after loop", sys.getrefcount(x))
del item
for i, o in enumerate(lst):
    pass
print("enumerate loop var after", sys.getrefcount(x))
del o
for i in range(2):
    tmp = x
print("name bound in loop body", sys.getrefcount(x))
del tmp
c = Ctx()
print("context manager baseline", sys.getrefcount(c))
with c:
    print("inside with (no as)", sys.getrefcount(c))
with c as cm:
    print("inside with as", sys.getrefcount(c))
print("after with as", sys.getrefcount(c))
del cm
with Ctx() as tmpc:
    print("with temporary manager", sys.getrefcount(tmpc))
while True:
    w = x
    print("while body", sys.getrefcount(x))
    break
del w
if x:
    print("if test object", sys.getrefcount(x))

def returns_local():
    v = C()
    return v

r = returns_local()
print("returned local bound", sys.getrefcount(r))

def returns_arg(a):
    return a

r2 = returns_arg(x)
print("returned argument bound", sys.getrefcount(x))
del r2

def count_in_try():
    v = C()
    try:
        return sys.getrefcount(v)
    finally:
        pass

print("inside try/finally", count_in_try())
