print(format(3.14159, ".2f"), format(42), format(42, "b"), format("hi", "^6"), format(1234567, ","))
print(format(0.25, ".0%"), format(-5, "+d"), format(5, "+d"), format(12, "#o"), format(1e-7, "g"))
print("{:08.2f}|{:<6}|{:>6}|{:^6}|".format(-3.14159, "ab", "cd", "ef"))
print("{0:{1}}".format(5, 4), "{:{}{}}".format(1, ">", 3), "{a[0]}{b.imag}".format(a=[9], b=2))
print("%s is %d years and %.1f%%" % ("Al", 30, 99.5), "%-5s|%5s|" % ("l", "r"), "%03d" % 7)
print("%r %a" % ("é", "é"), "%x %o %X %e %g %G" % (255, 8, 255, 1234.5, 0.00001234, 1e20))
print("%i %u %c %c" % (3, 4, "z", 97), "%(x)s-%(y)s" % {"x": 1, "y": 2}, "%5.1f" % 2.25)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    format(1, "q")
except ValueError as e:
    print(e)
print(f"{'nested {}'}", f"{1 + 1}", f"{'a'!r:>5}", f"{{literal}}", f"{3.0:g}", f"{1e-3:.1e}")
v = 42
print(f"{v:#x}", f"{v:>{v // 10}}", f"{v=:5}", f"{v!s}", f"{[v]}")
