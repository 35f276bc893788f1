class Bad:
    def __del__(self):
        raise SystemExit(5)

b = Bad()
del b
print("SystemExit in __del__ is ignored")
