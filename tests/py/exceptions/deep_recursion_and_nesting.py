def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", e)
import sys
sys.setrecursionlimit(100000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(50000))
L = []
for _ in range(1000000):
    L = [L]
del L
print("freed")
f(0)
