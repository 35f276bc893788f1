# Dict and set keys: a str/int subclass overriding __eq__/__hash__ finds and is found by
# the equal plain value, as one CPython table holds both.
class SE(str):
    def __eq__(s, o): return str(s) == o
    def __hash__(s): return hash(str(s))
print('q' in {SE('q'): 1}, {'q': 1}.get(SE('q')), SE('q') in {'q'}, 'q' in {SE('q')})
d = {'q': 1}; d[SE('q')] = 2; print(d, type(list(d)[0]).__name__)
d = {SE('q'): 1}; d['q'] = 2; print(d, type(list(d)[0]).__name__)
class I(int):
    def __hash__(s): return super().__hash__()
print({I(3): 'x'}.get(3), {3: 'x'}.get(I(3)), I(3) in {3}, 3 in {I(3)})
class H(int):
    def __hash__(s): return 7
    def __eq__(s, o): return int(s) == o
print({H(3): 1}.get(3), {3: 1}.get(H(3)))
del d['q']; print(d)
s = {SE('a'), 'b'}; s.discard('a'); print(s)
