# Universal newlines when reading, the newline argument both ways, other encodings.
NAME = "_scratch_open_newlines.txt"
raw = b"one\ntwo\r\nthree\rfour\r\n\r\nfive"
with open(NAME, "wb") as f:
    f.write(raw)
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=newline) as f:
        lines = f.readlines()
    with open(NAME, newline=newline) as f:
        whole = f.read()
    print(repr(newline), lines, repr(whole))
with open(NAME) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), repr(f.read(7)), f.tell())
with open(NAME) as f:
    print([len(line) for line in f])

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=newline) as f:
        f.write("a\nb\r\nc\r")
    with open(NAME, "rb") as f:
        print(repr(newline), f.read())

for enc in ["utf-8", "UTF8", "latin-1", "latin1", "ascii", "utf_8"]:
    with open(NAME, "w", encoding=enc) as f:
        print(repr(f), f.encoding, f.write("plain text\n"))
    with open(NAME, "rb") as f:
        print(f.read())
with open(NAME, "w", encoding="latin-1") as f:
    f.write("naïve ünïcödé")
with open(NAME, encoding="latin-1") as f:
    print(f.read())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w"):
    pass
