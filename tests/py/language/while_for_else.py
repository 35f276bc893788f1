for i in range(3):
    if i == 5:
        break
else:
    print("for completed")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
while True:
    n -= 1
    if n == 0:
        break
print(n)
for x in []:
    pass
else:
    print("empty loop else")
for i in range(4):
    if i % 2:
        continue
    print("even", i)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print("i", i)
