# int.__format__, float.__format__ and str.__format__ called as methods (an empty spec is
# str(self), so a subclass's __str__ shows), str.__str__ (a subclass's value as an exact
# str), and format() of subclasses that override __str__ or __format__.
print(int.__format__(255, 'x'), int.__format__(5, '03d'), float.__format__(2.5, '.3f'), str.__format__('ab', '>4'))
print(repr(int.__format__(7, '')), repr(str.__format__('s', '')), (12).__format__(','), 'x'.__format__('^3'))


class I(int):
    def __str__(self):
        return 'I-str'


class S(str):
    def __str__(self):
        return 'S-str'


class F(float):
    pass


print(int.__format__(I(3), ''), int.__format__(I(3), '02d'), format(I(3)), format(I(3), 'b'), f"{I(4)}")
print(str.__format__(S('v'), ''), str.__format__(S('v'), '>3'), format(S('v')), f"{S('w')!s}")
print(float.__format__(F(1.5), ''), format(F(1.5), '.2f'))
print(type(str.__str__(S('v'))).__name__, str.__str__(S('v')), str.__str__('plain'), str(S('q')))
print('__format__' in int.__dict__, '__format__' in str.__dict__, '__str__' in str.__dict__, '__str__' in int.__dict__)
print(True.__format__(''), True.__format__('d'), bool.__format__ is int.__format__)
for bad in [(int.__format__, 1, 5), (str.__format__, 'a', None), (float.__format__, 1.0, b'x')]:
    try:
        bad[0](bad[1], bad[2])
    except TypeError as e:
        print(e)
try:
    int.__format__(1, 'q')
except ValueError as e:
    print(e)
