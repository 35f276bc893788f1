from _tracer import run


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return self.suppress


def body():
    with Manager(False) as m:
        x = m.suppress
    with Manager(True):
        raise KeyError("swallowed")
    try:
        with Manager(False):
            raise ValueError("escapes")
    except ValueError:
        x = 2
    return x


print(run(body))
