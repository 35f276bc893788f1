"""collections.ChainMap (lookups through the maps in order, writes to the first) and
UserDict (a MutableMapping over .data), made on first use."""
from collections import ChainMap, UserDict
import collections
defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), cm, sorted(cm.items()))
cm["new"] = 1
print(args, cm.parents, cm.new_child({"x": 0}).maps[0], "color" in cm, cm.get("zz", 5))
try:
    del cm["color"]
except KeyError as e:
    print(e)
print(type(cm).__name__, type(cm).__qualname__, type(cm).__module__, collections.ChainMap is ChainMap)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower({"A": 1}, B=2)
print(u, u["a"], len(u), "b" in u, dict(u), isinstance(u, collections.abc.MutableMapping))
print(UserDict.fromkeys("ab", 0), UserDict(a=1) | {"b": 2})
