# sys's struct sequences (version_info, flags, float_info, int_info, hash_info): tuple
# subclasses with named, read-only fields; sys.implementation; the standard streams.
import gc, sys

for name in ["version_info", "flags", "float_info", "int_info", "hash_info"]:
    seq = getattr(sys, name)
    t = type(seq)
    print(seq)
    print(t, t.__mro__, t.__module__, t.__name__, t.__qualname__)
    print(len(seq), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__[:3])
    print(isinstance(seq, tuple), seq[0], seq[-1], seq[1:3], tuple(seq)[:2])
    print(hash(seq) == hash(tuple(seq)), seq == tuple(seq), sys.getsizeof(seq), gc.is_tracked(seq))
    print(t.__doc__.splitlines()[0])
    print(seq.__reduce__()[0] is t, seq.__reduce__()[1][0] == tuple(seq))
    del seq, t

print(type(sys.version_info).major, type(sys.float_info).epsilon)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.releaselevel)
major, minor, *rest = sys.version_info
print(major, minor, rest)
print(sys.flags.optimize, sys.flags.dev_mode, sys.float_info.max, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf, hash(float("inf")) == sys.hash_info.inf)
print(sys.getrefcount(sys.flags), sys.getrefcount(sys.float_info), sys.getrefcount(sys.hash_info))

for attempt in [
    lambda: setattr(sys.flags, "debug", 1),
    lambda: delattr(sys.version_info, "major"),
    lambda: setattr(sys.flags, "other", 1),
    lambda: setattr(type(sys.flags), "other", 1),
    lambda: type(sys.version_info)((1, 2, 3, 4, 5)),
    lambda: type(sys.int_info).bits_per_digit.__get__(3),
]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

impl = sys.implementation
print(type(impl), impl.version is sys.version_info, impl.hexversion == sys.hexversion)
print(sys.getsizeof(impl), gc.is_tracked(impl), sys.getrefcount(impl))
del impl
print(sys.getrefcount(sys.implementation))

for stream in [sys.stdin, sys.stdout, sys.stderr]:
    print(stream, stream.name, stream.mode, stream.encoding, stream.closed)
    print(stream.readable(), stream.writable(), stream.fileno(), vars(stream))
print(sys.stdin is sys.__stdin__, sys.getrefcount(sys.stdout))
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e), e)
try:
    sys.stdout.readline()
except OSError as e:
    print(type(e), e)

# Static types: immutable, not acceptable bases; float_info, int_info and hash_info can be
# made from a sequence (tracked, unlike sys's own); items visited in order.
for stmt in ["del type(sys.flags).debug", "del list.append", "class X(type(sys.version_info)): pass",
             "class Y(type(sys.float_info)): pass", "type(sys.float_info)((1, 2))", "type(sys.float_info)(5)",
             "type(sys.float_info)(range(11), 3)", "type(sys.int_info)()", "type(sys.version_info)(range(5))"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except TypeError as e:
        print(e)
x = type(sys.float_info)(tuple(sys.float_info))
print(x == sys.float_info, type(x), gc.is_tracked(x), gc.is_tracked(sys.float_info))
print(type(sys.int_info)(range(4)), type(sys.int_info)(range(4), {}), type(sys.int_info)(sequence=range(4), dict={"a": 1}))
print(gc.get_referents(sys.int_info), gc.get_referents(sys.version_info))
print(sys.implementation.hexversion is sys.hexversion, sys.getrefcount(sys.hexversion))
it = iter(sys.stdout)
print(it is sys.stdout)
try:
    next(it)
except OSError as e:
    print(type(e).__name__, e)
for f in [lambda: type(sys.float_info)(tuple(sys.float_info), None),
          lambda: type(sys.float_info)(tuple(sys.float_info), foo=1),
          lambda: type(sys.float_info)(tuple(sys.float_info), sequence=1),
          lambda: type(sys.float_info)(tuple(sys.float_info), {}, {})]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
try:
    type(sys.flags).debug.__get__(None)
except TypeError as e:
    print(e)
print(type(sys.flags).debug.__get__(None, type(sys.flags)))
