from _tracer import run


def fail(kind):
    if kind == "key":
        raise KeyError(kind)
    return {}[kind]


def handle():
    try:
        fail("key")
    except ValueError:
        result = "value"
    except KeyError as e:
        result = f"key {e}"
    else:
        result = "none"
    finally:
        done = True
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = 3
    try:
        fail("missing")
    except (TypeError, LookupError):
        pass
    try:
        try:
            1 / 0
        finally:
            cleanup = 1
    except ZeroDivisionError:
        pass
    return result, done, x, cleanup


print(run(handle))
