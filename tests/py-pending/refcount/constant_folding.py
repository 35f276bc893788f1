import sys

# Constant expressions are folded at compile time; the folded object lives in co_consts.
n = 10 ** 30
print("folded big int", sys.getrefcount(n))
f = 1.5 * 3.25
print("folded float", sys.getrefcount(f))
t = (1000, 2000)
print("constant tuple", sys.getrefcount(t))
m = 10 ** 30 + int("0")
print("computed big int", sys.getrefcount(m))
