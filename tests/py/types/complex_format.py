values = [1 + 2j, -1.5j, 2.5j, complex(-0.0, 3), complex(2, 0), complex(float("inf"), 1),
          complex(1234.5678, -0.000123), complex(float("nan"), float("-inf"))]
specs = ["", "10", "<20", "^20", ">20", ".2f", "+.3e", "g", ".3", "10.2f", "*^30.1e", "G", "n", "E",
         " ", "+", "-", ",.2f", "_.1f", "#g", ".0f", "F", "z.1f", ".10g"]
for spec in specs:
    print(repr(spec), " | ".join(format(v, spec) for v in values))
for spec in ["=10", "010", "0<10", "+010", "d", "%", "s", "x", "c", ".2z"]:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
v = 3 - 4j
print(f"{v}", f"{v!r}", f"{v:.1f}", f"{v:>12}", f"[{1j:^9}]", "%s %r" % (v, v), str(v), "{0:g}".format(v))
print(format(0.5j, ""), format(-0.5j, ""), format(1e20j, ""), format(complex(1e-20, 1e20), ".3"))
