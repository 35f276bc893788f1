"""try statements inside functions whose blocks run generated code: exceptions matched,
`as` names unbound, else and finally, and break/continue/return passing through them."""
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def counts(words):
    seen = {}
    for w in words:
        try:
            seen[w] += 1
        except KeyError:
            seen[w] = 1
    return seen


def loop_control(n):
    out = []
    i = 0
    while True:
        i += 1
        try:
            if i % 2:
                continue
            if i > n:
                break
            out.append(i)
        except ZeroDivisionError as e:
            print("never", e)
        finally:
            out.append(-i)
    return out


def returns():
    try:
        x = D(1)
        return x.n
    finally:
        print("finally after return")


def handler_name():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = str(e)
    try:
        return e
    except UnboundLocalError as u:
        return saved, str(u)


def nested(k):
    total = 0
    for i in range(k):
        try:
            try:
                if i == 2:
                    raise ValueError(i)
                total += i
            except ValueError as v:
                total += 100
                raise TypeError("wrapped") from v
        except TypeError as t:
            total += 1000
            cause = type(t.__cause__).__name__
        else:
            total += 1
    return total, cause


def exc_info_during():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__


print(counts("abracadabra".split("a")))
print(loop_control(6))
print(returns())
print(handler_name())
print(nested(4))
print(exc_info_during(), sys.exc_info())
