# A global name's lookup must see every change to the globals and builtins dicts,
# however often the same load ran before (an implementation may cache it).
import builtins


def use_len():
    return len("abc")


def use_x():
    return x


for i in range(3):
    print("builtin", use_len())
len = lambda s: 42  # a global now shadows the builtin
print("shadowed", use_len())
del len
print("unshadowed", use_len())
builtins.len = lambda s: -1  # the builtin itself replaced
print("builtin replaced", use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError", e)
builtins.len = lambda s: len_saved(s)
len_saved = lambda s: 3
print("restored", use_len())

x = 1
print([use_x() for _ in range(3)])
x = 2  # rebinding: same key, new value
print(use_x())
del x
try:
    use_x()
except NameError as e:
    print("NameError", e)
globals()["x"] = "via globals()"
print(use_x())
g = {"__builtins__": builtins}
exec("def h():\n    return y\n", g)
g["y"] = "exec globals"
print(g["h"]())
y = "module y"
print(g["h"](), use_x())
for k in range(20):
    globals()[f"filler{k}"] = k  # many new keys in between
print(use_x())
