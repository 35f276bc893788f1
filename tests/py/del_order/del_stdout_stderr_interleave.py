import sys
class Bad:
    def __del__(self):
        sys.stderr.write("stderr from __del__\n")
        print("stdout from __del__")

print("first stdout line")
b = Bad()
del b
sys.stderr.write("stderr after\n")
print("last stdout line")
