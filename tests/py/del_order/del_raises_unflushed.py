class Bad:
    def __del__(self):
        print("in __del__")
        raise RuntimeError("oops")

print("start")
b = Bad()
b = None
print("after rebinding")
