s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[10:], s[:-2], s[::2], s[-3:])
print(s + "3", s * 2, "th" in s, "x" not in s, s.lower() < s, len(s))
for ch in "ab":
    print(ch, ord(ch))
print("a" "b" 'c', """triple
quoted""", r"raw\n", 'single "double"', "\u00e9\N{GREEK SMALL LETTER ALPHA}")
print("".join(reversed(s)), "-".join("abc"), ",".join(str(i) for i in range(3)))
print(s.upper().center(12, "*"), f"{s:>10}|{s:<10}|{s:^10}|", str(42).rjust(5, "0"))
print("a,b,,c".split(","), "a b  c".split(), "abc".split("b"), "1 2 3".split(" ", 1))
print(s == "Python", s is not None, s != "python", "abc" < "abd", "Z" < "a", "" < "a")
try:
    s[0] = "J"
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
print(min(s), max(s), sorted(s), list(s)[:2], s.count("y"), s.find("th"), s.replace("P", "J"))
