import gc

gc.collect()
# An exception with an attribute has its own __dict__ object: exception + dict (+ args).
e = ValueError("v")
e.me = e
del e
print("exception self cycle", gc.collect())
e = ValueError()
e.me = e
del e
print("exception without args", gc.collect())
