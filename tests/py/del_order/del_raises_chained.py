# PyErr_WriteUnraisable prints only the last exception, not its __cause__ chain.
class Bad:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e

b = Bad()
del b
print("after", flush=True)
