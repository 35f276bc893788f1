from _tracer import run


def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("closing")


def main():
    g = worker()
    next(g)
    g.send(1)
    g.throw(ValueError("oops"))
    g.close()
    return "ok"


print(run(main))
