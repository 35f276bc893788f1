# The keyword module (hard and soft keywords) and the string module: its constants,
# capwords, and Template's $-substitution with its errors.
import keyword
import string
from collections import defaultdict

print(keyword.kwlist, len(keyword.kwlist))
print(keyword.softkwlist, keyword.__all__)
print([keyword.iskeyword(w) for w in ('if', 'None', 'match', 'print', 'If', '')])
print([keyword.issoftkeyword(w) for w in ('_', 'case', 'match', 'type', 'if')])
print(type(keyword.iskeyword).__name__, keyword.iskeyword.__name__)
try:
    keyword.iskeyword(['if'])
except TypeError as e:
    print('TypeError:', e)

for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable'):
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.__all__)
print(repr(string.capwords(' hello   wORLD  of\tpython ')), repr(string.capwords('')))
print(string.capwords('a-b-c', '-'), string.capwords('x,,y', ','), string.capwords("it's o'neil"))

T = string.Template
print(T.delimiter, T.idpattern, T.braceidpattern)
t = T('$who likes ${what}; costs $$$price, ${who}!')
print(t.template)
print(t.substitute(who='tim', what='kung pao', price=3.5))
print(t.substitute({'who': 'ann', 'what': 'tea', 'price': 1}, who='bob'))
print(t.safe_substitute(who='tim'), t.safe_substitute())
print(t.get_identifiers(), t.is_valid())
print(T('$a$b_1 $_x${y}z $A').substitute(a=1, b_1=2, _x=3, y=4, A=5))
print(T('$é $1 ${a b} ${} $').safe_substitute(a=1))
print(T('${a}${a}').substitute(defaultdict(lambda: '?')))
print(T('no placeholders').substitute(), T('').substitute(x=1))
print(T('$x').substitute(x=[1, 'two']), T('$x').substitute(x=None))

for tmpl, kws in [('$x and $y', {'x': 1}), ('ok $', {}), ('line1\nline2 $1', {}),
                  ('a\r\nb\nc ${9}', {}), ('$$ $!', {}), ('${x', {'x': 1})]:
    try:
        print(T(tmpl).substitute(**kws))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(T(tmpl).is_valid(), T(tmpl).get_identifiers())
for bad in (123, b'$x'):
    try:
        T(bad).substitute(x=1)
    except TypeError as e:
        print('TypeError:', e)
try:
    t.substitute({}, {})
except TypeError as e:
    print('TypeError:', e)


class Percent(T):
    delimiter = '%'


class Long(T):
    delimiter = '<<'


print(Percent('%who owes %%%{amount} $x').substitute(who='me', amount=5))
print(Long('<<a<< <<<<b <<{c}').safe_substitute(a=1, c=3), Long('x <<').is_valid())


class Lookup(dict):
    def __getitem__(self, key):
        print('lookup', key)
        return super().__getitem__(key)


print(T('$a ${b} $a').substitute(Lookup(a=1, b=2)))
print(T('$a $b').safe_substitute(Lookup(a=1)))

# Formatter
fmt = string.Formatter()
print(fmt.format('{} + {} = {:>5}', 1, 2, 3), fmt.format('{0}{1}{0}', 'ab', 'cd'))
print(fmt.format('{name!r:^10}|{x.real}|{d[k]}|{l[1]}|{0[0]}', [9], name='n', x=3j, d={'k': 'v'}, l='xy'))
print(fmt.format('{:{w}.{p}f}', 3.14159, w=8, p=2), fmt.format('{{literal}} {0!a}', 'é'))
print(fmt.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
print(list(fmt.parse('x{0!r:>{w}}y{{z}}{}')))
for bad in ('{', '}', 'a}b', '{0!}', '{0!r', '{0:{1}', '{a[}', '{0', '{a{b}', '{0!x}', '{}{0}',
            '{0}{}', '{a.}', '{a[]}', '{a[0]x}', '{:{:{}}}', '{missing}', '{5}', '{0!rr}'):
    try:
        print(repr(bad), fmt.format(bad, 'v', a=[1]))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    fmt.format(123)
except TypeError as e:
    print('TypeError:', e)


class Checking(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print('used', sorted(map(str, used_args)), 'unused', set(kwargs) - used_args)

    def get_value(self, key, args, kwargs):
        print('get_value', repr(key))
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Checking().format('{0} {b!u} {0.imag}', 5, b='bee', c='unused'))
