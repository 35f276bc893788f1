from _tracer import run


def loops(n):
    total = 0
    for i in range(n):
        if i == 1:
            continue
        total += i
    else:
        total += 100
    while n > 0:
        n -= 1
        if n == 1:
            break
    else:
        total = -1
    k = 0
    while True:
        k += 1
        if k == 2:
            break
    for j in range(2): total += j
    while k < 4: k += 1
    for a in range(2):
        for b in range(2):
            if a == b:
                continue
            total += 1
    return total


print(run(loops, 3))
