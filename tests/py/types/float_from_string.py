# float() of a str as PyFloat_FromString: underscores only between digits, Python's
# whitespace around (U+001C and U+0085 are whitespace, U+FEFF is not), inf/nan spellings.
for s in ["1__0", "_1", "1_", "1._0", "1_0.0_1e1_0", "1e_1", "0x1", " 1_0 ", "1_0e", "in_f",
          "1.5_", "\x1c 2.5\x85", "\ufeff1", "+Infinity", "-iNF", "nan", "-nan", "+nan", "infinit",
          ".5", "5.", ".", "e5", "1e5", "1E+05", "-.5e-3", "", " ", "1 0", "١٢٣", "0_0.0_0"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
