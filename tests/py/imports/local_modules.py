import _helper
import _helper as h2
from _helper import twice, VALUE
print(_helper.VALUE, twice(VALUE), h2 is _helper, _helper.__name__)
import sys
print("_helper" in sys.modules)
if __name__ == "__main__":
    print("main")
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
from _helper import missing
