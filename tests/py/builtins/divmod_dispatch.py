# divmod() dispatches as a binary operator: __divmod__, then the right operand's __rdivmod__
# (not // and % apart), with its own messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
class I(int):
    def __divmod__(s, o): return ("I.divmod", super().__divmod__(o))
    def __rdivmod__(s, o): return ("I.rdivmod", super().__rdivmod__(o))
class R:
    def __rdivmod__(s, o): return "R.rdivmod"
class F:
    def __rfloordiv__(s, o): return 1
    def __rmod__(s, o): return 2
show("divmod(I(7), 2)", lambda: divmod(I(7), 2))
show("divmod(7, I(2))", lambda: divmod(7, I(2)))
show("divmod(1, R())", lambda: divmod(1, R()))
show("divmod(1, 'a')", lambda: divmod(1, "a"))
show("divmod(1, F())", lambda: divmod(1, F()))
show("divmod(3.5, 0)", lambda: divmod(3.5, 0))
show("(3.5).__divmod__(0)", lambda: (3.5).__divmod__(0))
show("divmod(7, 0)", lambda: divmod(7, 0))
show("divmod(-7, 2)", lambda: divmod(-7, 2))
show("divmod(7.5, -2)", lambda: divmod(7.5, -2))
show("divmod(10**30, 7)", lambda: divmod(10**30, 7))
show("divmod(True, 2)", lambda: divmod(True, 2))
show("divmod(2, 1.5)", lambda: divmod(2, 1.5))
show("divmod(1+1j, 1)", lambda: divmod(1 + 1j, 1))
show("divmod('a', 1)", lambda: divmod("a", 1))
show("divmod(2, 10**400)", lambda: divmod(2.0, 10**400))
