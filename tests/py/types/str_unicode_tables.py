# str's predicates and case mappings follow CPython 3.11's Unicode 14.0 database, not
# the host's newer Unicode: counts and hashes over the BMP and the SMP, a sample of the
# higher planes, and examples of special casing (full mappings, titlecase, final sigma).
from itertools import compress

# (large uniform blocks — CJK, Hangul, Yi, private use, Tangut, the planes above 1 —
# sampled, to stay quick; surrogates skipped)
STEPS = [(0, 1), (0x3400, 29), (0xA000, 1), (0xAC00, 29), (0xD800, 0), (0xE000, 29),
         (0xF900, 1), (0x17000, 29), (0x18D00, 1), (0x20000, 127), (0x110000, 0)]
CPS = []
for (a, step), (b, _) in zip(STEPS, STEPS[1:]):
    if step:
        CPS += range(a, b, step)
# Unicode 15 assigned these after CPython 3.11's 14.0: they must behave as unassigned.
CPS += [0x1F6DC, 0x1E030, 0x11F00, 0x31350, 0x323AF, 0x1D2C0, 0x0CF3, 0x1FA75]
ALL = list(map(chr, CPS))
print("sample", len(ALL))

PREDICATES = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isupper", "islower",
              "istitle", "isspace", "isprintable", "isidentifier"]
for name in PREDICATES:
    m = getattr(str, name)
    hits = "".join(compress(ALL, map(m, ALL)))
    print(name, len(hits), hash(hits))
hits = "".join(compress(ALL, map(str.isidentifier, map("a".__add__, ALL))))
print("identifier continue", len(hits), hash(hits))

for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    m = getattr(str, name)
    mapped = "".join(map(m, ALL))
    # (the length counts the characters that map to more than one)
    print(name, len(mapped), hash(mapped))


def ranges(pred, limit):
    out = []
    start = None
    for cp in range(limit):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append(f"{start:x}" if start == cp - 1 else f"{start:x}-{cp - 1:x}")
            start = None
    return " ".join(out)


print("digits not decimal:", ranges(lambda c: c.isdigit() and not c.isdecimal(), 0x2500))
print("numeric not digit:", ranges(lambda c: c.isnumeric() and not c.isdigit(), 0x2190))
print("titlecase:", ranges(lambda c: c.istitle() and not c.isupper(), 0x2000))
print("space:", ranges(str.isspace, 0x3001))

for s in ["²", "³", "¹", "½", "٣", "①", "Ⅻ", "〇", "𝟘", "𝟙", "0x", "", "١٢"]:
    print(ascii(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ["ß", "ǆ", "ǅ", "Ǆ", "ﬁ", "ﬃ", "İ", "ı", "ŉ", "ΐ", "ᾳ", "ᾼ", "ῼ", "Ꭰ", "ꭰ", "ẞ",
          "ς", "Σ", "ǰ", "𐐀", "𐐨", "𞤀", "Ⓐ", "ⓐ", "ʰ", "ª", "ǈ", "ǋ", "\u0345"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()), s.isupper(), s.islower(), s.istitle())
for s in ["ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.", "Σ", "ΑΣ'Α", "A.Σ", "ΑΣ\u0345", "1Σ", "ΑΣ1", "𐐀Σ"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()))
for s in ["ǅungla", "ǆungla ǆ", "ﬁsh ﬂy", "they're bill's", "ßtraße", "hello wORLD", "ǈJ",
          "Ǆ", "Ǆa", "ǅa", "ǅA", "Aǅ", "ⅫⅫ", "Ⅻⅻ", "ⓐⓑ", "Ⓐⓑ", "ʰa", "Aʰ", "a1b", "A1B",
          "1A", "İstanbul", "ǰ", "ŉ"]:
    print(ascii(s), ascii(s.title()), ascii(s.capitalize()), s.istitle(), s.isupper(),
          s.islower())
for s in ["_x", "x_1", "1x", "ℌ", "℘x", "x·", "·x", "x\u0300", "\u0300", "𝔘𝔫𝔦", "a-b", "",
          "ᢅ", "゛", "x\u30fb", "\U000e0100", "a\U000e0100", "ⅰ"]:
    print(ascii(s), s.isidentifier())
for s in ["a b", "\xa0", "\xad", "\u2028", "\U0001f6dc", "\U0001f600", "\U000e0001", "\u0378",
          "", "\u200b", "\ufeff", "\u3000", "\U0001fa75"]:
    print(ascii(s), s.isprintable(), s.isspace(), s.isalpha())
print("ß".casefold() == "ss", "ẞ".casefold(), "ﬅ".upper(), "ǆ".title(), "İ".lower() == "i\u0307")
# repr escapes what isprintable rejects, Unicode-15 characters included.
print(repr("a\xa0\xad\u0378\U0001f6dc\U0001fa75\U0001f600\u0cf3\u0ce6é\u2028"))
