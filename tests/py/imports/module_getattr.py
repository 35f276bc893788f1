# A module's __getattr__ (PEP 562) answers what its namespace lacks: attribute access,
# getattr with a default, hasattr, from-imports; its AttributeError is the module's.
# collections.abc is found after importing collections alone (python3's site imports it).
import _lazy_helper as m
print(m.lazy_value, getattr(m, 'lazy_x', None), getattr(m, 'other', 'default'), hasattr(m, 'nope'))
from _lazy_helper import lazy_imported
print(lazy_imported, m.calls)
try:
    m.missing
except AttributeError as e:
    print(e, e.name, e.obj is m)
try:
    from _lazy_helper import absent
except ImportError as e:
    print(e)
import collections
print(collections.abc.Sequence, 'abc' in vars(collections))
