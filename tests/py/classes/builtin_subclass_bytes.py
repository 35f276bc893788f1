import sys,gc
class B(bytes): pass
class Bs(bytes): __slots__=()
b=B(b'ab'); print(sys.getsizeof(b), b.__sizeof__(), sys.getsizeof(Bs(b'ab')), gc.is_tracked(b), repr(b), b+b'c', type(b+b'c'), b.decode(), len(b), b[0], b'a' in b, hash(b)==hash(b'ab'), {b'ab':1}[b])
b.x=1; print(b.x, list(b), b == b'ab', bytes(b), type(bytes(b)))
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
t = Tagged(b'xyz', 'T')
print(t, t.tag, t.upper(), isinstance(t, bytes))
