import itertools as it
from itertools import *
add = lambda a, b: a + b
mul = lambda a, b: a * b
sub = lambda a, b: a - b

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(step=-1), 3)))
c = count(3); next(c); next(c); print(repr(c), repr(count(2.5, 2)), repr(count(1, -1)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], mul)), list(accumulate([3, 1, 4, 1, 5], max)),
      list(accumulate([1, 2], initial=100)), list(accumulate([], initial=None)), list(accumulate("abc")), list(accumulate([1, 2, 3], func=sub, initial=10)))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", [3]])), list(chain.from_iterable([])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: a, ["ab", [1]])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([k for k, g in groupby("aabbbc")], list(groupby([])))
g = groupby("aaabbc"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2), next(g)[0])
g = groupby("aabb"); k, grp = next(g); print(next(grp)); k, grp2 = next(g); print(list(grp), list(grp2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)), list(islice("ABC", None)), list(islice("ABC", None, None, None)), list(islice("AB", 5, 10)))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
t = tee(range(5), 3); print([list(x) for x in t], len(tee([1], 0)), type(t[0]).__name__)
a, b = tee("xyz"); c = a.__copy__(); next(a); print(list(a), list(b), list(c))
a, b = tee("q"); a2, a3 = tee(a); print(type(a2) is type(a), list(a2), list(a3), list(b))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
print(list(product("ab", range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations([1], 2)), list(permutations("ab", None)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product(range(3), repeat=4))), len(list(combinations_with_replacement(range(5), 3))))
print(sorted(name for name in vars(it) if not name.startswith("__")))
r = repeat(7, 2); print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(isinstance(chain(), chain), isinstance(count(), it.count), type(islice([], 1)))
print(sum(1 for _ in zip(range(1000), count())), next(count(2**70)), repr(count(2**64, 2**64)))
