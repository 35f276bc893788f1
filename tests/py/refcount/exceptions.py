import sys

class C:
    pass

class E(Exception):
    pass

try:
    raise E("a")
except E as e:
    print("bound exception", sys.getrefcount(e))

err = E("b")
print("exception baseline", sys.getrefcount(err))
try:
    raise err
except E as e:
    print("raised global exception caught", sys.getrefcount(err))
print("after except block", sys.getrefcount(err))

def raiser(o):
    raise E("c")

obj = C()
try:
    raiser(obj)
except E as e:
    saved = e
print("arg held by traceback frame", sys.getrefcount(obj))
print("saved exception", sys.getrefcount(saved))
tb = saved.__traceback__
print("traceback object", sys.getrefcount(tb))
del tb
saved = None
print("after dropping saved exception", sys.getrefcount(obj))

def local_in_frame():
    loc = C()
    glob_list.append(loc)
    raise E("d")

glob_list = []
try:
    local_in_frame()
except E as e:
    print("local of raising frame, in except", sys.getrefcount(glob_list[0]))
print("local of raising frame, after", sys.getrefcount(glob_list[0]))

try:
    raise E("e")
except E:
    info = sys.exc_info()[1]
    print("sys.exc_info value", sys.getrefcount(info))
print("exc_info value kept", sys.getrefcount(info))

def catch_inside():
    try:
        raise E("f")
    except E as e:
        return sys.getrefcount(e)

print("except as inside function", catch_inside())

try:
    try:
        raise E("inner")
    except E as inner:
        raise E("outer") from inner
except E as outer:
    print("outer", sys.getrefcount(outer))
