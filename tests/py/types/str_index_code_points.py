# Indexing, slicing and len() count code points, also past the BMP; a loop that indexes
# a long string must not be quadratic.
s = "héllo wörld 😀 ok" * 3
print(len(s), s[13], s[-1], s[2:9], s[::-3], s[14], len("😀"), "😀x"[1], s[12:15])
t = "abc" * 20000
n = 0
for i in range(len(t)):
    if t[i] == "b":
        n += 1
print(n, len(t), t[-1], t[29999:30002])
u = "😀" * 5 + "a"
print(len(u), u[5], u[-2], u[1:3] == "😀😀", [len(u[i:]) for i in range(0, 6, 2)])
