import sys

class Bad:
    def __del__(self):
        print("in __del__", flush=True)
        raise ValueError("from __del__")

b = Bad()
del b
print("after del", flush=True)
sys.stdout.flush()
