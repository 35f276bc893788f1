def helper(n):
    if n == 0:
        raise KeyError("deep")
    helper(n - 1)

class Bad:
    def __del__(self):
        helper(2)

print("start")
b = Bad()
del b
print("after")
