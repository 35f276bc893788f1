# dir() of builtin objects lists their data attributes (int.real, range.start, ...) and
# the __class__ and __doc__ every object has; str.format_map, bytes.istitle, view.mapping.
for o in (3, 2.5, True, "s", [1], (1,), {1: 2}, {1}, b"x", range(3), slice(1), None,
          object(), len, {}.keys()):
    names = dir(o)
    public = [n for n in names if not n.startswith("_")]
    print(type(o).__name__, "__class__" in names, "__doc__" in names, public)


class Point:
    def __init__(self):
        self.x = 1


print([n for n in dir(Point()) if n in ("x", "__class__", "__doc__", "__dict__", "__init__")])


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {age:>4}".format_map({"name": "Ada", "age": 36}))
print("{name} and {other}".format_map(Default(name="Ada")))
print("{p.real} {d[k]}".format_map({"p": 3, "d": {"k": "v"}}))
for f, m in (("{}", {}), ("{0}", {}), ("{x}", {}), ("{x}", [1])):
    try:
        print(f.format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
for b in (b"Hello World", b"hello", b"HELLO", b"", b"A1b", b"Hello  World2", bytearray(b"Ab Cd")):
    print(b.istitle())
d = {1: 2}
m = d.keys().mapping
print(m, type(m).__name__, d.values().mapping[1], d.items().mapping is not d)
