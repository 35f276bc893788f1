# io.StringIO: writing, reading, positions, lines, newline modes, print(file=...).
import io

s = io.StringIO()
print(type(s), s.tell(), s.write("hello\n"), s.tell())
print("line two", file=s)
print("a", "b", sep="-", end="!\n", file=s)
print(repr(s.getvalue()), repr(s.read()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell(), s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
for number, line in enumerate(s, 1):
    print(number, line.rstrip())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()))
s.seek(30)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.writelines(["x\n", "y\n"])
print(repr(s.getvalue()))

t = io.StringIO("abc\ndef\r\nghi\rjkl")
print(t.tell(), t.readlines(), t.newlines)
t = io.StringIO("abc\ndef\r\nghi\rjkl", newline=None)
print(t.readlines(), t.newlines, repr(t.getvalue()))
t = io.StringIO("one\r\ntwo\r\n", newline=None)
print(t.newlines)
t = io.StringIO("abc\ndef\r\nghi\rjkl", newline="")
print(t.readlines())
t = io.StringIO(newline="\r\n")
t.write("a\nb")
print(repr(t.getvalue()))
print(io.StringIO("a\nb\nc\n").readlines(1), io.StringIO("a\nbb\nc\n").readlines(3))
print(repr(io.StringIO("abc\n").readline(2)), repr(io.StringIO("abc").read(None)))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO("").read()))

with io.StringIO("x") as w:
    print(w.read(), w.closed, w.readable(), w.writable(), w.seekable(), w.isatty())
print(w.closed)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.StringIO.__name__, io.StringIO.__module__)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError))

import sys

old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print("got", repr(buf.getvalue()))

report = io.StringIO()
for name, qty in [("apples", 3), ("pears", 12)]:
    report.write(f"{name:<8}{qty:>4}\n")
print(report.getvalue(), end="")
