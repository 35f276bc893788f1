print([x * 2 for x in range(5) if x % 2 == 0])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print(sum(x for x in range(10) if x > 5), list(x for x in "ab"))
m = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in m], [v for row in m for v in row])
x = "outer"
print([x for x in range(2)], x)
print({k: v for k, v in zip("abc", range(3)) if v}, [y for y in [] ])
print([(lambda v: v + 1)(v) for v in range(3)], [n for n in range(20) if n % 3 == 0 if n % 2 == 0])
print([a := 5, a], [b for b in range(3) if (c := b) > 0], c)
