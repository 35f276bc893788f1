def a():
    def b():
        def c():
            return "c"
        return c() + "b"
    return b() + "a"
print(a(), a.__name__)
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    count.counts = counts
    return count
cnt = counter_factory()
for w in "a b a c a".split():
    cnt(w)
print(cnt.counts, cnt.__name__, cnt.__qualname__)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
