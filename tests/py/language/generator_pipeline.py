def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
pipe = evens(squares(numbers(5)))
print("built")
for v in pipe:
    print("got", v)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def count():
    i = 0
    while True:
        yield i
        i += 1
print(list(take(4, count())), sum(take(100, count())))
