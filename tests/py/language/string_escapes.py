print("tab\there", "new\\nline", "quote\"s", 'apos\'s', "\x41\u0042\U00000043", "\101")
print(len("\n"), len(r"\n"), repr("\0"), repr("\x7f"), repr("\u200b"), repr("\xa0"))
print("multi"
      "part", """a
b""".split("\n"), '''x''' == "x")
s = "line1\nline2\r\nline3"
print(s.splitlines(), repr(s))
print(f"{'a'}{'b'!r}", "\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
