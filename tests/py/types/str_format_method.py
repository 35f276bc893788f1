print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a}".format("é"), "{:>8.3f}".format(3.14159), "{:+,}".format(1234567))
p = {"name": "Ann", "langs": ["py", "c"]}
print("{name} knows {langs[0]} and {langs[1]}".format(**p))
class Pt:
    x, y = 3, 4
print("({0.x}, {0.y})".format(Pt()), "{:*^11}".format("mid"), "{:%}".format(0.125))
print("{:#06x} {:#b} {:o}".format(255, 5, 64), "{:e}".format(0.000123), "{:.2g}".format(123456))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
print("{{}} {{{}}}".format(5), "{:10}|{:<10}|".format(1, 2), "{!r:>6}".format("a"))
