from _tracer import run


def make_counter():
    count = 0

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def main():
    step = make_counter()
    step(1)
    return step(2)


print(run(main))
