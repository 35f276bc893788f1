"""Astral characters (outside the BMP: emoji, U+10000..U+10FFFF) are one code point each,
as Python counts them: find/index/count/startswith bounds and results, `in`, widths in
format() and zfill, fill characters, and ordering all work by code points."""
s = "héllo 😀 wörld 🎉!"
print(len(s), s[6], s[7:], s[-2], s.find("w"), s.index("🎉"), s.rfind("o"), s.count("o", 7))
print(s.startswith("😀", 6), s.endswith("🎉", 0, 17), s.find("😀", 7), s.find("🎉", 7, 16), s.find("🎉", 7, 17))
print(f"[{s:20}]", f"[{'😀':>5}]", f"[{'😀':^7}]", "[%-5s]" % "😀", "😀".zfill(4), "😀x".center(8, "*"))
print("{:😀^9}".format("ab"), format("😀", "<3") + "|", format("a", "🎉>4"), "-😀".zfill(4))
print("😀a😀".index("a"), "😀a😀".rindex("😀"), "x\t😀\ty".expandtabs(4))

# Ordering: an astral character comes after every BMP character (JS's UTF-16 order puts
# it before U+E000..U+FFFF).
print("😀" > "\uffff", "a😀" < "a\ue000", sorted(["😀", "\uffff", "a", "\ue000", "\ud7ff"]))
print(max("a😀\uffff"), min(["😀", "\U0010ffff"]), sorted("b😀a\uffff"))

# Lone surrogates are code points of their own: a pair's halves are not found in it.
E = "a😀b😀"
print("\ud83d" in E, "\ude00" in E, E.find("\ud83d"), E.rfind("\ude00"), E.count("\ud83d"))
print(E.startswith("a\ud83d"), E.endswith("\ude00"), E.find("😀", 2), E.rfind("😀", 0, 3))
print(ascii("\ude00😀".find("\ude00")), ascii(("😀\udc00").rfind("\udc00")), "😀\udc00".count("\udc00"))

# Bounds as ADJUST_INDICES takes them: a start past the end finds nothing, not even ''.
print(E.find(""), E.find("", 4), E.find("", 5), E.rfind(""), E.count(""), E.count("", 1, 3))
print("abc".find("", 9), "abc".count("", 5), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith("", 2, 1), "abc".rfind("", 1, 9), E.startswith("😀", -2), E.endswith("b", 0, -1))

try:
    E.index("😀", 4)
except ValueError as e:
    print("ValueError:", e)

# A few hundred searches over mixed strings (no lone high surrogates: in Python "\ud83d" +
# "\ude00" stays two code points, which no JS string can keep apart).
import random

random.seed(7)
alphabet = ["a", "b", "é", "\uffff", "\ue000", "😀", "🎉", "\ude00", "\udc00", "\U0010ffff"]


def rs(n):
    return "".join(random.choice(alphabet) for _ in range(n))


total = []
for _ in range(400):
    x = rs(random.randint(0, 7))
    sub = rs(random.randint(0, 2))
    a = random.randint(-9, 9)
    b = random.randint(-9, 9)
    row = (x.find(sub, a), x.rfind(sub, a, b), x.count(sub, a, b), sub in x,
           x.startswith(sub, a, b), x.endswith(sub, a, b), x < sub, len(x))
    total.append(row)
print(len(total), sum(r[0] for r in total), sum(r[1] for r in total), sum(r[2] for r in total))
print(sum(r[3] for r in total), sum(r[4] for r in total), sum(r[5] for r in total), sum(r[6] for r in total))
print(ascii(sorted(rs(3) for _ in range(30))))
# Empty bounds find no prefix, but every prefix is still checked for its type.
for args in (((1,), 5, 1), (1, 5, 1), (("a", 2), 5, 1)):
    try:
        print("abc".startswith(*args))
    except TypeError as e:
        print("TypeError:", e)
