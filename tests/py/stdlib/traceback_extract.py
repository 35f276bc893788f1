"""traceback's frame walkers and summaries: extract_tb/extract_stack give a StackSummary of
FrameSummary (filename, lineno, name, line; indexable and comparable as a 4-tuple),
walk_tb/walk_stack yield (frame, lineno), format_list formats, and clear_frames releases
the locals a traceback's frames keep alive."""
import traceback, sys, gc
class Big:
    def __del__(self): print("Big freed")
def inner():
    big = Big()
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
for fs in traceback.extract_tb(tb):
    print(fs.filename.endswith("tbx.py"), fs.lineno, fs.name, fs.line, repr(fs)[:14])
    name, line = fs[2], fs[3]
    print(len(fs), list(fs)[1:3], name)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
def where():
    return traceback.extract_stack()
st = where()
print(type(st).__name__, [(f.name, f.lineno) for f in st][-2:])
print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
print(traceback.format_list(traceback.extract_tb(tb))[-1])
traceback.clear_frames(tb)
print("after clear")
del tb, e
print(traceback.FrameSummary("f.py", 1, "g", line="pass") == ("f.py", 1, "g", "pass"))
