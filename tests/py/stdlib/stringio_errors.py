# io.StringIO: CPython's errors.
import io


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


w = io.StringIO("text")
w.close()
w.close()  # closing twice is fine
for name in ["read", "getvalue", "readline", "readlines", "tell", "readable", "flush"]:
    attempt(name + " closed", getattr(w, name))
attempt("write closed", w.write, "x")
attempt("seek closed", w.seek, 0)
attempt("iter closed", iter, w)
u = io.StringIO()
attempt("write int", u.write, 5)
attempt("write bytes", u.write, b"x")
attempt("seek neg", u.seek, -1)
attempt("seek cur", u.seek, 1, 1)
attempt("seek end", u.seek, -1, 2)
attempt("seek whence", u.seek, 0, 3)
attempt("seek end 0", u.seek, 0, 2)
attempt("seek float", u.seek, 1.5)
attempt("init int", io.StringIO, 5)
attempt("newline bad", io.StringIO, "", "x")
attempt("newline int", io.StringIO, "", 1)
attempt("read str", io.StringIO("abc").read, "1")
attempt("truncate neg", u.truncate, -1)
attempt("next empty", next, io.StringIO(""))
attempt("fileno", u.fileno)
