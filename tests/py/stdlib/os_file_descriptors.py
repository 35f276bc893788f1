"""os's file-descriptor calls (open, read, write, close, fstat, isatty), the O_* flags,
access, strerror, error, fsencode/fsdecode and times()."""
import os
import sys

path = "osfd_probe.txt"
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2, os.write(fd, b"hello\n"), os.write(fd, bytearray(b"world\n")))
print(os.write(fd, memoryview(b"!!")))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
st = os.fstat(fd)
print(st.st_size, st.st_size == os.stat(path).st_size, os.isatty(fd))
os.close(fd)
for bad in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(1, "text"),
            lambda: os.open("/nonexistent/x", os.O_RDONLY), lambda: os.read(0, -1)):
    try:
        bad()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.access(path, os.R_OK), os.access("/nonexistent", os.F_OK), os.error is OSError)
os.remove(path)
print([os.strerror(i) for i in (1, 2, 9, 13, 17, 21, 22)], os.strerror(9999))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(b"x"))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND,
      os.O_NONBLOCK, os.O_CLOEXEC)
t = os.times()
print(type(t).__name__, type(t).__module__, len(t), t._fields if hasattr(t, "_fields") else None,
      all(isinstance(x, float) for x in t), t.user >= 0, t.children_user)
sys.stdout.flush()
os.write(1, b"written to fd 1\n")
