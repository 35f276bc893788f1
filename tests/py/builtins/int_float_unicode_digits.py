"""int() and float() read any Unicode 14.0 decimal digit (str.isdecimal) as its ASCII digit, as _PyUnicode_TransformDecimalAndSpaceToASCII does; digits newer than Unicode 14.0 (U+11F50, Kawi) and non-decimal digits (superscripts) are refused."""
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int('\U00011f50'))
t(lambda: int('١٢٣'))
t(lambda: int('𝟏𝟐'))
t(lambda: float('١.٥'))
t(lambda: float('\U00011f51'))
t(lambda: int('²'))
t(lambda: int(' \u2003٤\u3000 '))
t(lambda: int('٣', 16))
t(lambda: float('𝟗e1'))
# Whitespace: a non-ASCII space becomes ' ' first (U+0085, U+2028 are spaces, U+FEFF not).
for s in ["\ufeff5", "\x855", "\x1c5", " \u20035\u3000", "5\u2028"]:
    t(lambda: int(s))
    t(lambda: float(s))
