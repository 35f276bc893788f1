"""with statements inside functions whose bodies run generated code: __enter__/__exit__
order, suppressed and passed-on exceptions, and break/continue/return through them."""


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


def body_flow(items):
    out = []
    for x in items:
        with CM(x) as up:
            if x == "skip":
                continue
            if x == "stop":
                break
            out.append(up)
    return out


def returns():
    with CM("r"), CM("s") as s:
        return s + "!"


def suppressed():
    with CM("quiet", suppress=True):
        1 / 0
    try:
        with CM("loud"):
            [][1]
    except IndexError as e:
        return "IndexError: " + str(e)


print(body_flow(["a", "skip", "b", "stop", "c"]))
print(returns())
print(suppressed())
