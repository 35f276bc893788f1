"""BUILD_STRING keeps an f-string's pieces on the stack until the joined str is made, so
tracemalloc's peak sees them all with the result; str.join of a generator first makes a
list of its items (PySequence_Fast)."""
import tracemalloc


def run(fn, n):
    tracemalloc.start()
    fn(n)
    c, p = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return c, p


def fstring(n):
    return f"{'a' * n}{123}{'b' * n}"


def join_list(n):
    return "".join(["ab" for _ in range(n)])


for f in (fstring, join_list):
    print(f.__name__, [run(f, n) for n in (10, 100, 1000)], flush=True)
