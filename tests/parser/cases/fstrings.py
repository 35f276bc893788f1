name = "x"
a = f"hello {name}!"
b = f"{name!r:>{width}} {value:.{prec}f} {{literal}}"
c = f"{x=} {y = } {z=!s} {w=:>10}"
d = f"""multi
{line} and {
other}
"""
e = F"{'nested'}" f'{f"{inner}"}'
g = rf"\d{x}", Rb"\d", br"\x"
h = "a" "b" f"{c}" "d"
i = u"unicode" "kind"
j = f"{a['key']} {b[1:2]} {c(d, e=f)} {(lambda: 1)}"
k = f"{x:{y}{z}}" f"{x!a}"
l = f'{3.14:{"^"}10}'
m = "\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE} \x41\u00e9\U0001F600\101\n\t\\"
n = b"\x00\xff\n" b'\'' rb"\n"
o = "\
continued"
p = '''triple
quoted'''
q = f"\N{GREEK SMALL LETTER ALPHA}{x}"
