from _tracer import run


def make():
    class Point:
        """A point."""
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y

        @property
        def norm1(self):
            return abs(self.x) + abs(self.y)

        @staticmethod
        def origin():
            return Point(0, 0)

        def __repr__(self):
            return f"Point({self.x}, {self.y})"

    p = Point(1, -2)
    return p, p.norm1, Point.origin()


print(run(make))
