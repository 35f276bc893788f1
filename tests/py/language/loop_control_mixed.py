"""Loops whose bodies mix simple statements with try/with/for-else (break, continue and
return passing through them), and comprehensions with conditions and nested loops."""


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def while_try(n):
    i = 0
    out = []
    while i < n:
        i += 1
        try:
            if i == 2:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def for_with(items):
    total = 0
    for x in items:
        with Ctx(x):
            if x == "skip":
                continue
            if x == "stop":
                return total
        total += len(x)
    return total


def for_else(rows):
    found = []
    for row in rows:
        for x in row:
            if x < 0:
                break
        else:
            found.append(sum(row))
            continue
        found.append("neg")
    return found


def while_else(n):
    while n > 0:
        n -= 1
        if n == 100:
            break
    else:
        return "no break"
    return "break"


def nested_break_finally():
    log = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                log.append((i, j))
            finally:
                log.append("f")
    return log


def return_in_loop_in_try():
    try:
        for i in range(10):
            if i == 3:
                return i
    finally:
        print("finally runs")


def comprehensions(n):
    squares = [i * i for i in range(n) if i % 2 if i != 3]
    pairs = [(i, j) for i in range(n) for j in range(i) if (i + j) % 3 == 0]
    inv = {v: k for k, v in enumerate("abcde") if k > 1}
    s = {x % 4 for x in range(n)}
    return squares, pairs, inv, sorted(s)


def unpack_in_for(rows):
    out = []
    for a, (b, c) in rows:
        out.append(a + b * c)
    return out


print(while_try(10))
print(for_with(["ab", "skip", "cde", "stop", "zz"]))
print(for_else([[1, 2], [3, -1, 4], [5]]))
print(while_else(3), while_else(200))
print(nested_break_finally())
print(return_in_loop_in_try())
print(comprehensions(8))
print(unpack_in_for([(1, (2, 3)), [4, [5, 6]]]))
try:
    unpack_in_for([(1, (2, 3, 4))])
except ValueError as e:
    print("ValueError:", e)
try:
    unpack_in_for([(1, 2)])
except TypeError as e:
    print("TypeError:", e)
