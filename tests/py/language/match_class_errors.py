class ListArgs:
    __match_args__ = ["a"]
    a = 1


class IntArgs:
    __match_args__ = ("a", 1)
    a = 1


class One:
    __match_args__ = ("a",)
    a = 1


class Plain:
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, "matched or fell through")
    except TypeError as e:
        print(label, "TypeError:", e)


def t1():
    match ListArgs():
        case ListArgs(1):
            pass


def t2():
    match IntArgs():
        case IntArgs(1, 2):
            pass


def t3():
    match One():
        case One(1, 2, 3):
            pass


def t4():
    match One():
        case One(x, a=2):
            pass


def t5():
    match 5:
        case int(1, 2):
            pass


def t6():
    match Plain():
        case Plain(1):
            pass


def t7():
    not_a_class = [1]
    holder = type("H", (), {"c": not_a_class})
    match 1:
        case holder.c():
            pass


def t8():
    # not an instance: nothing is checked
    match 1:
        case One(1, 2, 3):
            pass


def t9():
    # __match_args__ is looked up on the class given in the pattern
    match One():
        case One(a=1, b=2):
            pass


for i, t in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9], 1):
    attempt(f"t{i}", t)


class Boom:
    @property
    def a(self):
        raise ValueError("boom")


try:
    match Boom():
        case Boom(a=1):
            pass
except ValueError as e:
    print("other errors propagate:", e)
