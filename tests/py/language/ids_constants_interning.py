"""Identity as CPython shows it: a new str made from an old one has another id while both
live (s = s + "!"), a freed id goes to an object made after it; equal constants of one
module are one object across its functions (ints, strs, tuples); str constants made of
name characters are interned, so sys.intern of an equal str returns the literal."""
import sys
name = "".join(["Py", "thon"])
before = id(name)
name = name + "!"
print(before == id(name))
s = "".join(["a", "b"])
ids = set()
for i in range(10):
    ids.add(id(s))
    s += "x"
print(len(ids))
class C: pass
print(id(C()) == id(C()))
a = C(); ida = id(a); del a; b = C(); print(id(b) == ida)
x = [1, 2]; idx = id(x); x = x + [3]; print(idx == id(x))
t = (1, 2); idt = id(t); t = t + (3,); print(idt == id(t))
n = 10**20; idn = id(n); n = n + 1; print(idn == id(n))
def f(): return 1000
def g(): return 1000
print(f() is g())
def h(): return "a long string with spaces"
def k(): return "a long string with spaces"
print(h() is k())
def t1(): return (1, 2, 3)
def t2(): return (1, 2, 3)
print(t1() is t2())
a = "".join(["hel", "lo"]); b = sys.intern(a)
print(b is "hello", a is "hello", b is a)
x = 2.5
def fl(): return 2.5
print(x is fl())
a = "".join(["hel", "lo"]); b = sys.intern(a)
print(b is "hello", a is "hello", b is a)
c = "".join(["wor", "ld!"]); d = sys.intern(c)
print(d is c, d is "world!", sys.intern("".join(["wor", "ld!"])) is c)
print(sys.getrefcount("hello"), sys.getrefcount("x y"))
def f(): return "hello"
print(f() is "hello", f() is b)
e = "".join(["ap", "pend"]); print(sys.intern(e) is "append")
x = "spam"; y = "spam"; print(x is y, sys.getrefcount(x))
