# str.format field parsing as parse_field and FieldNameIterator (no JavaScript errors on a
# malformed field), list.sort while its key function changes the list (the list is empty
# meanwhile), and getattr/hasattr/setattr/delattr with a name that is not a str.
for f in [lambda: '{0[0}'.format([1]), lambda: '{0[}'.format([1]), lambda: '{0.}'.format(1), lambda: '{[0]'.format([1]), lambda: '{0[0]x}'.format([1]), lambda: '{a[b]}'.format(a={'b': 5}), lambda: '{0[1]}'.format('ab')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [3, 1, 2]
l.sort(key=lambda x: l.pop() if l else x)
print(l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.__setitem__(0, 5) or x)
except Exception as e:
    print(type(e).__name__, e)
print(l)
l = [3, 1, 2]
l.sort(key=lambda x: l.clear() or x)
print(l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.insert(0, 9) or x)
except ValueError as e:
    print("ValueError", e)
print(l)
class A:
    def __getattr__(self, n):
        return repr(n)
for f in [lambda: hasattr(A(), 5), lambda: getattr(A(), 5, 1), lambda: getattr(A(), 5), lambda: hasattr(None, 5), lambda: setattr(A(), 5, 1), lambda: delattr(A(), 5), lambda: getattr(A(), "x")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class G:
    def __getitem__(self, k):
        print("getitem", k)
        return [7]
for f in [lambda: '{0[a]x}'.format(G()), lambda: '{0[a][0]}'.format(G()), lambda: '{!x}'.format('x'), lambda: '{0!rr}'.format(1), lambda: '{0!}'.format(1), lambda: '{0!r'.format(1), lambda: '{0:{1}}'.format(5, 3), lambda: '{0:{1}'.format(5, 3), lambda: '{0{}'.format(1), lambda: '{0.a.}'.format(1), lambda: '{0[}]}'.format({'}': 9}), lambda: '{0[:]}'.format({':': 4}), lambda: '{0!s:>4}|'.format(1), lambda: '{:{}{}}'.format(3, '>', 5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: '{0!\x01}'.format(1), lambda: '{!x}'.format(G()), lambda: '{:'.format(1), lambda: '{0!'.format(1), lambda: '{0!r:'.format(1), lambda: '{0!r:>3}'.format(1), lambda: '{'.format(1), lambda: 'a}'.format(1), lambda: '{0:}}'.format(1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
