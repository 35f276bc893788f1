class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


cases = [
    "complex()", "complex(1)", "complex(1.5)", "complex(True)", "complex(2, 3)", "complex(-0.0)",
    "complex(0, -0.0)", "complex(1j)", "complex(1j, 1j)", "complex(1 + 2j, 3 + 4j)", "complex(1, 1j)",
    "complex(real=1, imag=2)", "complex(imag=3)", "complex(real=2j)", "complex(WithComplex())",
    "complex(WithFloat(), WithIndex())", "complex(WithIndex())", "complex(2**1024)", "complex(1, 10**400)",
    "complex(BadComplex())", "complex([])", "complex(1, [])", "complex(None)", "complex(1, 2, 3)",
    "complex(foo=1)", "complex(1, real=2)", "complex('1', 2)", "complex(1, '2')", "complex(1, imag=2)",
]
for expr in cases:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

c = 1 + 2j
print(complex(c) is c)

strings = [
    "1", "1j", "j", "-j", "+j", "1+2j", "1-2j", " (1+2j) ", "(1+2j", "1+2j)", "( 3-4.5e1j )", "-1.5e-3-2E+2j",
    "inf", "-infj", "nan+nanj", "infinity-INFj", "1e3j", ".5j", "5.j", "1_000+2_0j", "1__0j", "_1j", "1_j",
    "1 + 2j", "1+2", "", "  ", "()", "1+2jj", "j1", "1+j", "1-j", "0x10", "1e", "\t2j\n", "1+2i",
]
for s in strings:
    try:
        print(repr(s), "->", repr(complex(s)))
    except ValueError as e:
        print(repr(s), "!! ValueError", e)
