x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.0
y /= 2
print(y)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b11; b <<= 2; b >>= 1
print(b)
s = "ab"
s += "cd"; s *= 2
print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"k": 1}
d["k"] += 10
print(d)
class O: pass
o = O(); o.n = 1; o.n += 1
print(o.n)
arr = [[0, 0], [0, 0]]
arr[1][0] += 5
print(arr)
