from _tracer import run


def sums():
    squares = (x * x for x in range(3))
    total = sum(squares)
    pairs = list((a, b) for a in range(2) for b in "xy" if b != "y" or a)
    return total, pairs


print(run(sums))
