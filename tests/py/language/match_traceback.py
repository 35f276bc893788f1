class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


def check(p):
    match p:
        case Point(1, 2, 3):
            return "three"
        case _:
            return "other"


print(check(5))
print(check(Point()))
