"""The warnings module: warn through the default filters (once per location; DeprecationWarning
only when __main__ triggers it; PendingDeprecationWarning ignored), the message as
python3 prints it with the source line, catch_warnings(record=True), simplefilter,
filterwarnings, resetwarnings and formatwarning."""
import warnings, sys
print(sys.warnoptions)
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
old()
warnings.warn("plain")
for i in range(3):
    warnings.warn("in loop")
warnings.warn("pending", PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    old()
print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("caught", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign")
warnings.warn("ignored thing")
warnings.warn("Ignored too")
warnings.warn("shown", UserWarning)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"))
print("end")
