# NameError's name member: set for names not found (loads in functions, at module level,
# in class bodies, exec, del), not for UnboundLocalError; keyword-only in the constructor.
try:
    undefined_x
except NameError as e:
    print(repr(e.name), e.__dict__)


def f():
    y
    y = 1


try:
    f()
except NameError as e:
    print(type(e).__name__, repr(e.name))
print(NameError("m").name, NameError("m", name="q").name)
e = NameError("m")
e.name = 3
print(e.name)
try:
    NameError("m", obj=1)
except TypeError as err:
    print(err)


def g():
    global zz_missing
    return zz_missing


for _ in range(2):
    try:
        g()
    except NameError as e:
        print(repr(e.name))
try:
    exec("qq_missing")
except NameError as e:
    print(repr(e.name))
try:
    del not_bound_anywhere
except NameError as e:
    print("del", repr(e.name))


class C:
    try:
        missing_in_class
    except NameError as e:
        print("class", repr(e.name))
