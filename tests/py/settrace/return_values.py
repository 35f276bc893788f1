from _tracer import run


def implicit(flag):
    if flag:
        print("flag")


def explicit():
    return [1, (2, 3)], {"k": None}


def early(n):
    for i in range(n):
        if i == 2:
            return i
    return -1


def after_loop():
    for i in range(2):
        pass


def lam():
    f = lambda x: x + 1
    return f(1)


def main():
    implicit(False)
    implicit(True)
    explicit()
    early(5)
    early(1)
    after_loop()
    return lam()


print(run(main))
