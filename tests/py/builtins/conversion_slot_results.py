# int() and float() check what __int__, __index__, __float__ return; float() of a huge
# __index__ overflows; reversed() without __len__; bool() of an int subclass with __len__;
# large integer powers of floats.
import random
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Big:
    def __index__(self): return 10**400
class BadInt:
    def __int__(self): return "x"
class BadIdx:
    def __index__(self): return "x"
class BadFloat:
    def __float__(self): return "x"
class G:
    def __getitem__(self, i): return i
class I(int):
    def __len__(self): return 0
class Fl(float):
    def __len__(self): return 0
show("float(Big())", lambda: float(Big()))
show("int(BadInt())", lambda: int(BadInt()))
show("int(BadIdx())", lambda: int(BadIdx()))
show("float(BadFloat())", lambda: float(BadFloat()))
show("reversed(G())", lambda: reversed(G()))
show("bool(I(5))", lambda: bool(I(5)))
show("bool(Fl(0.0))", lambda: bool(Fl(0.0)))
random.seed(3)
xs = []
for i in range(2000):
    x = random.uniform(0.5, 2.0)
    n = random.choice([65, 70, 100, 200, 500, -80, -300, 1000])
    try:
        xs.append(x ** n)
    except OverflowError:
        xs.append("overflow")
print(sum(1 for v in xs if v == "overflow"), repr(xs[5]), repr(xs[77]))
print(repr(sum(v for v in xs if v != "overflow" and v < 1e300)))
