if x:
print(x)
