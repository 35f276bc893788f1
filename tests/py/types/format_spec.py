print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(0xFFFFFF, "_x"))
print(format(42, "<8") + "|", format(42, ">8"), format(42, "^8") + "|", format(42, "*^9"), format(-42, "=8"))
print(format(42, "+"), format(-42, "+"), format(42, " "), format(42, "08"), format(-42, "08"))
print(format(255, "x"), format(255, "#x"), format(255, "#X"), format(8, "#o"), format(5, "#b"), format(65, "c"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(1e10, "e"), format(1e-10, ".2E"), format(0.5, "%"))
print(format(0.1234, ".1%"), format(1234.5, "g"), format(1e20, "g"), format(1.0, "g"), format(123456789, "e"))
print(format(3.0, ""), format(1e16, ""), format(2.5, "n"), format(1234, "n"), format(12, "d"))
print(format("abc", "10"), format("abc", ">10"), format("abc", "^10"), format("abcdef", ".3"), format("x", "=^5"))
print("{:>10}|{:<10}|{:^10}".format("a", "b", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{name}!".format(name="x"), "{0[1]}".format([5, 6]), "{0.real}".format(3))
print("{!r}".format("x"), "{!s:>5}".format(1), "{{}}".format(), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
x = 12.5
print(f"{x:08.3f}", f"{x!r}", f"{x=}", f"{'s':>3}", f"{10:,}", f"{-0.0}", f"{1_000_000:_}")
print(f"{12345.6789:,.2f}", f"{-1234:,}", f"{0.000012:.2g}", f"{100:.2g}", f"{1.5:+.1f}")
print(f"{3:03}", f"{2.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{float('inf'):f}", f"{float('nan'):F}")
print(format(True, "^5"), format(None, ""), format([1], ""), f"{'a' 'b'}")
for spec in ["z", "5.5d", ",s"]:
    try:
        format(1 if spec != ",s" else "s", spec)
    except ValueError as e:
        print(e)
print(format(-1.5, "=+10.2f"), format(1e6, ",.1f"), format(123, "_b"), format(10**20, ","))
