a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(10))
del l[0], l[-1]
del l[2:4]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(e)
