class Bad:
    def __del__(self):
        print("in __del__ at exit", flush=True)
        raise ValueError("at exit")

# At shutdown the "Exception ignored" traceback has no source lines (linecache can no
# longer be imported).
b = Bad()
print("end of module", flush=True)
