# os: the file system calls (in a scratch folder), environ, errors as CPython raises them.
import os

base = "os_files_scratch"
if os.path.isdir(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

print(os.path.exists(base), os.path.isdir(base))
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(base, "c"))
with open(os.path.join(base, "a", "notes.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(base, "top.txt"), "w") as f:
    f.write("x" * 100)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
top = os.path.join(base, "top.txt")
print(os.path.exists(top), os.path.isfile(top), os.path.isdir(top), os.path.getsize(top))
print(os.path.isfile(base), os.path.isdir(base), os.path.exists(os.path.join(base, "nope")))
st = os.stat(top)
print(st.st_size, st[6], type(st.st_mtime).__name__, os.path.getmtime(top) == st.st_mtime)
os.rename(top, os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
print(sorted(os.walk(base, topdown=False))[0][0])
os.remove(os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))

cwd = os.getcwd()
print(os.path.basename(cwd), base in os.listdir(), base in os.listdir("."))
print(os.path.isabs(cwd), type(os.getpid()).__name__, os.getpid() > 0)


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e, "| errno", getattr(e, "errno", None), getattr(e, "filename", None))


attempt("listdir missing", os.listdir, "nope")
attempt("remove missing", os.remove, "nope")
attempt("remove dir", os.remove, base)
attempt("mkdir exists", os.mkdir, base)
attempt("makedirs exists", os.makedirs, base)
attempt("makedirs exist_ok file", os.makedirs, os.path.join(base, "a", "notes.txt"), exist_ok=True)
attempt("rmdir missing", os.rmdir, "nope")
attempt("rmdir not empty", os.rmdir, base)
attempt("listdir file", os.listdir, os.path.join(base, "a", "notes.txt"))
attempt("getsize missing", os.path.getsize, "nope")
attempt("rename missing", os.rename, "nope1", "nope2")
attempt("stat missing", os.stat, "nope")
attempt("listdir int", os.listdir, 3.5)

os.environ["PYGC_TEST_VAR"] = "value 1"
print(os.environ["PYGC_TEST_VAR"], os.getenv("PYGC_TEST_VAR"), "PYGC_TEST_VAR" in os.environ)
print(os.environ.get("PYGC_NOPE"), os.environ.get("PYGC_NOPE", "dflt"), os.getenv("PYGC_NOPE", 5))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict), os.environ.setdefault("PYGC_TEST_VAR", "x"))
print(os.environ.pop("PYGC_TEST_VAR"), "PYGC_TEST_VAR" in os.environ, os.environ.pop("PYGC_TEST_VAR", None))
attempt("environ missing", lambda: os.environ["PYGC_NOPE"])
attempt("environ int", os.environ.__setitem__, "K", 1)
print(len(os.environ) > 0, all(isinstance(k, str) for k in os.environ))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
