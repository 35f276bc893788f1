def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
def load():
    try:
        return {}["k"]
    except KeyError:
        return parse("x")
load()
