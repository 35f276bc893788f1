"""Which str operations give back an object they were given or a shared one, as 3.11 does:
the empty string and one-character latin-1 strs are singletons, except the one-letter
names CPython interned at start-up, and str(int), the case mappings, join of several
items and a replace that replaces make new strs; an operation that changes nothing returns
the exact str itself (slices of the whole, + "", * 1, replace/split/partition/strip that
find nothing, format with no padding, a lone %s or {} field)."""
import sys
s = "hello"
t = "x" * 3
u = "héllo wörld"
cases = {
    "s[:]": lambda: s[:] is s, "s+''": lambda: s + "" is s, "''+s": lambda: "" + s is s,
    "f{s}": lambda: f"{s}" is s, "replace nomatch": lambda: s.replace("z", "y") is s,
    "str()": lambda: str() is "", "s*1": lambda: s * 1 is s, "format(s)": lambda: format(s) is s,
    "%s": lambda: "%s" % s is s, "join1": lambda: " ".join(["x"]) is "x",
    "split()[0]": lambda: s.split()[0] is s, "partition[0]": lambda: s.partition("z")[0] is s,
    "[1:1]": lambda: "abc"[1:1] is "", "[0:5]": lambda: s[0:5] is s, "[::1]": lambda: s[::1] is s,
    "str(s)": lambda: str(s) is s, "strip": lambda: s.strip() is s, "lower": lambda: s.lower() is s,
    "upper": lambda: s.upper() is s, "zfill3": lambda: s.zfill(3) is s, "ljust2": lambda: s.ljust(2) is s,
    "center3": lambda: s.center(3) is s, "expandtabs": lambda: s.expandtabs() is s,
    "lstrip": lambda: s.lstrip() is s, "title": lambda: s.title() is s,
    "''.join([])": lambda: "".join([]) is "", "join [t]": lambda: "".join([t]) is t,
    "join (t,)": lambda: "".join((t,)) is t, "-join [t]": lambda: "-".join([t]) is t,
    "rsplit": lambda: s.rsplit()[0] is s, "rpartition[2]": lambda: s.rpartition("z")[2] is s,
    "split(z)[0]": lambda: s.split("z")[0] is s, "splitlines[0]": lambda: s.splitlines()[0] is s,
    "removeprefix": lambda: s.removeprefix("z") is s, "removesuffix": lambda: s.removesuffix("z") is s,
    "casefold": lambda: s.casefold() is s, "swapcase": lambda: s.swapcase() is s,
    "repr": lambda: repr(s) is s, "s.format()": lambda: s.format() is s,
    "{}.format": lambda: "{}".format(s) is s, "f!s": lambda: f"{s!s}" is s, "f:": lambda: f"{s:}" is s,
    "[:0]": lambda: s[:0] is "", "s*0": lambda: s * 0 is "", "''*5": lambda: "" * 5 is "",
    "[5:]": lambda: s[5:] is "", "(s+'')+''": lambda: (s + "") + "" is s,
    "s.join([])": lambda: s.join([]) is "", "translate": lambda: s.translate({}) is s,
    "center5": lambda: s.center(5) is s, "rjust5": lambda: s.rjust(5) is s,
    "replace 0": lambda: s.replace("l", "l", 0) is s, "u[:]": lambda: u[:] is u,
    "u.replace": lambda: u.replace("z", "q") is u, "u+''": lambda: u + "" is u,
    "u.split(z)": lambda: u.split("z")[0] is u, "u.strip": lambda: u.strip() is u,
    "chr single": lambda: "hello"[1] is "e", "u[1]": lambda: u[1] is "é",
    "str(1) single": lambda: str(1) is "1", "one-char slice": lambda: s[1:2] is "e",
    "sys.intern": lambda: sys.intern(s) is s, "format spec s": lambda: format(s, "") is s,
    "format spec <5": lambda: format(s, "<5") is s, "%-5s": lambda: "%-5s" % s is s,
    "str.__str__": lambda: s.__str__() is s, "tuple str": lambda: "%s" % (s,) is s,
}
for k, f in cases.items():
    print(k, f())

cases2 = {
 "str(1)": lambda: str(1) is str(1), "repr(1)": lambda: repr(1) is repr(1), "format(1)": lambda: format(1) is format(1),
 "%d": lambda: "%d" % 1 is "%d" % 1, "f{1}": lambda: f"{1}" is f"{1}", "f{i}": lambda: (lambda i: f"{i}" is f"{i}")(1),
 "upper": lambda: "g".upper() is "G", "lower": lambda: "G".lower() is "g", "split": lambda: "gzq".split("z")[0] is "g",
 "splitws": lambda: "g q".split()[0] is "g", "strip": lambda: " g ".strip() is "g", "chr": lambda: chr(103) is "g",
 "join": lambda: "".join(["g"]) is "g", "join2": lambda: "".join(["", "g"]) is "g", "mul": lambda: "g" * 1 is "g",
 "concat": lambda: "" + "g" is "g", "concat2": lambda: ("g" + "q")[0] is "g", "slice": lambda: "gq"[:1] is "g",
 "bytes.decode": lambda: b"g".decode() is "g", "str(b)": lambda: str(b"g", "ascii") is "g",
 "replace": lambda: "q".replace("q", "g") is "g", "format spec": lambda: format("g", "1") is "g",
 "%s": lambda: "%s" % "g" is "g", "%c": lambda: "%c" % 103 is "g", "{:c}": lambda: "{:c}".format(103) is "g",
 "str(1.0)[0]": lambda: str(1.0)[0] is "1", "hex": lambda: hex(1)[2] is "1", "translate": lambda: "q".translate({113: "g"}) is "g",
 "ljust": lambda: "g".ljust(1) is "g", "int str": lambda: str(7) is "7", "bin": lambda: bin(1) is bin(1),
 "input-like": lambda: "g\n"[:-1] is "g", "reversed": lambda: "".join(reversed("g")) is "g", "sorted": lambda: sorted("qg")[0] is "g",
 "list(str)": lambda: list("gq")[0] is "g", "iter": lambda: next(iter("g")) is "g", "dictkey": lambda: list({"g": 1})[0] is "g",
 "capitalize": lambda: "g".capitalize() is "G", "center": lambda: "g".center(1) is "g", "str(None)[0]": lambda: str(None)[0] is "N",
 "zfill": lambda: "g".zfill(1) is "g", "title": lambda: "g".title() is "G", "swapcase": lambda: "G".swapcase() is "g",
 "partition": lambda: "gzq".partition("z")[2] is "q", "rsplit": lambda: "gzq".rsplit("z")[1] is "q", "removeprefix": lambda: "zg".removeprefix("z") is "g",
 "encode.decode": lambda: "é".encode().decode() is "é", "latin": lambda: "ÿ" is chr(255), "U+0100": lambda: chr(256) is chr(256),
}
for k, f in cases2.items():
    print(k, f())

s = "hello"
e = "e"
print(s[1:2] is e, s[1] is e, s[1:2] is s[1], str(1) is "1", str(1) is str(1), chr(101) is e)
def f():
    return "e"
print(f() is e, s[1] is f())
x = "é"
print(x is "héllo"[1], "héllo"[1] is "héllo"[1])

print(tuple() is (), tuple([]) is (), () is ())
