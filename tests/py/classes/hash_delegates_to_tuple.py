"""An object whose __hash__ returns hash(t) of a tuple t finds t in dicts and sets (and t finds\nit): the dict's hash of a tuple is hash()'s."""
class Pt:
    def __init__(s, x, y): s.t = (x, y)
    def __hash__(s): return hash(s.t)
    def __eq__(s, o): return s.t == (o.t if isinstance(o, Pt) else o)
d = {(1, 2): "a"}
print(Pt(1, 2) in d, d.get(Pt(1, 2)), (1, 2) in {Pt(1, 2)})
for t in [((1, 2), 3), (1.5, 'a'), (), (None,), (2**70, -1)]:
    class W:
        def __hash__(s): return hash(t)
        def __eq__(s, o): return o == t
    print(W() in {t: 1}, t in {W()}, {t: 1}.get(W()))
