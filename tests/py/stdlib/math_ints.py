# math: integer functions on small and arbitrary-precision ints.
import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(30))
f100 = math.factorial(100)
print(len(str(f100)), str(f100)[:20], f100 % 10**24)
print(math.factorial(True))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**100))
n = 3**301
r = math.isqrt(n)
print(r * r <= n < (r + 1) ** 2, r % 1000)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(7), math.gcd(12, 18, 27))
print(math.gcd(2**200, 6**100), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 10))
print(math.lcm(*range(1, 21)))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5))
print(math.comb(1000, 500) % 10**12, len(str(math.comb(1000, 500))))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))


class Seven:
    def __index__(self):
        return 7


print(math.factorial(Seven()), math.comb(Seven(), 3), math.gcd(Seven(), 21), math.isqrt(Seven()))
print(math.sqrt(Seven()), math.floor(2**80), math.log(2**80, 2), math.exp(Seven()) > 1000)
