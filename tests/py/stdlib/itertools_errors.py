import itertools as it, sys
def e(f):
    try:
        r = f()
        print("ok", r if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as x:
        print(type(x).__name__ + ":", x)
e(lambda: it.count('a')); e(lambda: it.count(1, 'b')); e(lambda: it.count(1,2,3)); e(lambda: it.count(x=1)); e(lambda: it.count(start=1, step=2))
e(lambda: it.repeat()); e(lambda: it.repeat(1, 'x')); e(lambda: it.repeat(1, 2, 3)); e(lambda: it.repeat(1).__length_hint__())
e(lambda: it.cycle()); e(lambda: it.cycle(1)); e(lambda: it.cycle([1], 2)); e(lambda: it.cycle(iterable=[1]))
e(lambda: it.chain(1)); e(lambda: list(it.chain(1))); e(lambda: it.chain(x=1)); e(lambda: it.chain.from_iterable()); e(lambda: list(it.chain.from_iterable([1])))
e(lambda: it.islice([1])); e(lambda: it.islice([1], -1)); e(lambda: it.islice([1], 'a')); e(lambda: it.islice([1], 1, -1)); e(lambda: it.islice([1], -1, 1)); e(lambda: it.islice([1], 0, 1, 0)); e(lambda: it.islice([1], 0, 1, 2, 3)); e(lambda: it.islice(1, 2)); e(lambda: it.islice([1], stop=1)); e(lambda: it.islice([1], 'a', 'b'))
e(lambda: it.accumulate()); e(lambda: it.accumulate([1], x=1)); e(lambda: list(it.accumulate([1, 'a'])))
e(lambda: it.compress([1])); e(lambda: it.compress(data=[1], selectors=[1]))
e(lambda: it.dropwhile(len)); e(lambda: it.takewhile(len, 1)); e(lambda: it.filterfalse(None)); e(lambda: it.starmap(len)); e(lambda: list(it.starmap(len, [1])))
e(lambda: it.groupby()); e(lambda: it.groupby([1], key=None, x=1)); e(lambda: it.groupby(key=len, iterable=['a']))
e(lambda: it.pairwise()); e(lambda: it.pairwise(1))
e(lambda: it.tee()); e(lambda: it.tee([1], -1)); e(lambda: it.tee([1], 0)); e(lambda: it.tee(1)); e(lambda: it.tee([1], 'a'))
e(lambda: it.zip_longest(x=1)); e(lambda: it.zip_longest(1))
e(lambda: it.product(1)); e(lambda: it.product([1], repeat=-1)); e(lambda: it.product([1], x=1))
e(lambda: it.permutations()); e(lambda: it.permutations([1], -1)); e(lambda: it.permutations([1], 'a')); e(lambda: it.combinations([1])); e(lambda: it.combinations([1], -1)); e(lambda: it.combinations_with_replacement([1], -1)); e(lambda: it.combinations_with_replacement([1]))
e(lambda: it._grouper()); e(lambda: next(it.count(sys.maxsize)))
def boom():
    yield 1
    raise KeyError("inner")
e(lambda: list(it.chain(boom())))
e(lambda: list(it.islice(boom(), 5)))
s = it.islice(boom(), 5); next(s); e(lambda: next(s)); e(lambda: next(s))
p = it.pairwise(boom()); e(lambda: next(p))
def reenter():
    yield next(t)
t = it.tee(reenter())[0]
e(lambda: next(t))
g = it.groupby([1, 2], key=lambda x: 1 / (x - 2))
e(lambda: next(g)); e(lambda: next(g))
# Argument Clinic's order: too many arguments, too many positional, missing, given twice, unknown.
e(lambda: it.combinations([1], 2, 3)); e(lambda: it.combinations([1], r=2, x=3)); e(lambda: it.combinations(x=1))
e(lambda: it.accumulate([1], None, 3)); e(lambda: it.count(1, start=1)); e(lambda: it.count(x=1))
e(lambda: it.accumulate(func=None, iterable=[1], initial=0, extra=1)); e(lambda: it.groupby(key=None))
