a = b if c else d
x = lambda y, *z, w=1, **k: y + w
n = (m := 10) ** -2 ** 3
r = not a and b or c and not d
s = a < b <= c != d is not e in f not in g is h
t = ~a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
u = [*a, *b], {**c, 'd': 1}, {1, *e}, (f, *g)
v = [i for i in range(3) if i if not i], {k: v for k, v in d.items()}, {q for q in w}
w = (y for x in z for y in x)
o = f(a, *b, c=1, **d)(e)[1:2, ::3, 4][...]
p = f(x for x in y)
q = a[1:2], a[:], a[::], a[1:], a[:2:], a[*b], a[b:=1]
await_like = obj.attr.other[0](1).x
(a).b, (a)(b), (a)[b], (a) + (b), -(a), (((a)))
yield_in_paren = (yield)
big = 123456789012345678901234567890, 0xFF_FF, 0o777, 0b1010, 1_000.5e-3, 3.14j, 1e400, .5, 5.
dd = {"a": "b", "c": 1, **e, f: g}
