# o.name op= v: a failing store is reported at the target too (here on a function's first
# call, and a failing operation at the whole statement before it).
class ReadOnly:
    @property
    def value(self):
        return 1


def bump(o, step):
    o.value += step


try:
    bump(ReadOnly(), "s")
except TypeError as e:
    print("TypeError:", e)
bump(ReadOnly(), 1)
