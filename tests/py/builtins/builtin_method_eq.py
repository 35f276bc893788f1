# Builtin bound methods compare equal when they bind one function to one object (and hash
# alike); dict_keys, dict_items and SimpleNamespace are unhashable.
l = [1]; x = object()
print(l.append == l.append, l.append != l.append, l.append in {l.append}, x.__str__ == x.__str__)
print(l.append == [].append, len == len, hash(l.append) == hash(l.append))
import types, sys
for o in [{}.keys(), {}.items()]:
    try:
        hash(o)
    except TypeError as e:
        print(e)
print(hash({}.values()) is not None)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print(e)
