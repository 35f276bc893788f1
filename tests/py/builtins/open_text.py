# open() in text mode: writing, reading back, appending, modes with '+', iteration,
# tell/seek, and the file object's attributes. The scratch file is committed empty and
# left empty again at the end.
NAME = "_scratch_open_text.txt"

f = open(NAME, "w")
print(repr(f), f.name, f.mode, f.closed, f.encoding, f.errors)
print(f.write("héllo\n"), f.write("wörld €\n"), f.write(""), f.tell())
print(f.writelines(["third\n", "fourth"]), f.writable(), f.readable(), f.seekable())
f.close()
print(f.closed, repr(f))

with open(NAME) as f:
    print(repr(f.read()))
    print(repr(f.read()), f.tell())
with open(NAME, "r") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.read(4)), f.tell())
    print(f.readlines())
with open(NAME, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME) as f:
    print(f.readlines(10))
    print(f.seek(0), repr(f.read(5)), f.tell(), f.seek(0, 2), repr(f.read()))
    print(f.seek(7), repr(f.readline()))

with open(NAME, "a") as f:
    print(repr(f), f.tell(), f.write("\nappended"))
with open(NAME, "rt") as f:
    print(f.mode, f.read().splitlines())

with open(NAME, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("HÉ")
    f.seek(0)
    print(repr(f.readline()))
with open(NAME, "w+") as f:
    print(repr(f.read()), f.write("fresh\ncontent\n"), f.seek(0), f.read())
with open(NAME, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(f.readlines())

f = open(NAME)
it = iter(f)
print(it is f, next(f), next(it), list(f))
print(next(f, "at end"))
f.close()

with open(NAME, "w") as f:
    f.write("a\U0001f600b\n")
with open(NAME) as f:
    print(f.read(2), f.read(1), f.tell())

with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()), f.readlines(), list(f))
