import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
old = sys.stdout
sys.stdout = w
print("a", 1, sep="-")
print("b", end="", flush=True)
sys.stdout = old
print(w.parts)
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")
from contextlib import redirect_stdout
w2 = W()
with redirect_stdout(w2):
    print("inside", 2)
    help_text = "x"
print(w2.parts)
class NoWrite: pass
sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = old
    print("AttributeError", e)
