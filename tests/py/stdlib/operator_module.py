# The operator module: the operators as functions, itemgetter, attrgetter, methodcaller.
import operator, functools, sys
from operator import itemgetter, attrgetter, methodcaller
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=itemgetter(0)), sorted(pairs, key=itemgetter(1), reverse=True))
print(itemgetter(1)([5, 6, 7]), itemgetter(0, 2)('abc'), repr(itemgetter(1, 'x')))
class P:
    def __init__(self, n, c): self.n, self.c = n, c
    def greet(self, who, punct='!'): return f'{self.n} greets {who}{punct}'
p = P('ann', P('bob', None))
print(attrgetter('n')(p), attrgetter('c.n')(p), attrgetter('n', 'c.n')(p), repr(attrgetter('c.n')))
print(methodcaller('greet', 'you')(p), methodcaller('greet', 'me', punct='?')(p), repr(methodcaller('greet', 'x', punct='?')))
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.mul, range(1, 6)))
print(operator.sub(5, 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.inv(5), operator.invert(5), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2); print(operator.getitem(d, 'b')); operator.delitem(d, 'a'); print(d)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.__add__(1, 2), operator.__not__(0))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
try:
    attrgetter(1)
except TypeError as e:
    print(e)
print(sys.getrefcount(p) - sys.getrefcount(p))
