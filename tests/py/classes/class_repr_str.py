class Plain: pass
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"), str(p) == repr(p))
print(repr(Plain), str(Plain), Plain.__qualname__)
class Outer:
    class Inner:
        pass
    def method(self):
        class Local: pass
        return Local
print(repr(Outer.Inner), Outer.Inner.__qualname__, Outer().method().__qualname__)
class OnlyStr:
    def __str__(self): return "S"
o = OnlyStr()
print(str(o), repr(o).startswith("<"), f"{o}", "%s" % o, [o] != [])
class OnlyRepr:
    def __repr__(self): return "R"
r = OnlyRepr()
print(str(r), repr(r), f"{r}", "%r %s" % (r, r), [r], {r: r})
print(repr(Outer.method).startswith("<function Outer.method at"), repr(Outer().method).startswith("<bound method Outer.method of"))
