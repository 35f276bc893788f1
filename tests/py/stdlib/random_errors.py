# random: CPython's errors.
import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("randrange(0)", random.randrange, 0)
attempt("randrange(5, 5)", random.randrange, 5, 5)
attempt("randrange(1, 10, 0)", random.randrange, 1, 10, 0)
attempt("randrange(10, 1)", random.randrange, 10, 1)
attempt("randrange(1, 10, -1)", random.randrange, 1, 10, -1)
attempt("randrange(10, step=2)", random.randrange, 10, step=2)
attempt("randint(5, 1)", random.randint, 5, 1)
attempt("choice([])", random.choice, [])
attempt("choice('')", random.choice, "")
attempt("sample(big k)", random.sample, [1, 2, 3], 4)
attempt("sample(-1)", random.sample, [1, 2, 3], -1)
attempt("sample(set)", random.sample, {1, 2, 3}, 2)
attempt("sample(dict)", random.sample, {"a": 1}, 1)
attempt("sample counts", random.sample, "ab", 1, counts=[1])
attempt("sample counts zero", random.sample, "ab", 1, counts=[0, 0])
attempt("choices both", random.choices, "ab", [1, 2], cum_weights=[1, 3])
attempt("choices len", random.choices, "ab", [1, 2, 3])
attempt("choices zero", random.choices, "ab", [0, 0])
attempt("choices inf", random.choices, "ab", [1, float("inf")])
attempt("choices k pos", random.choices, "ab", 3)
attempt("getrandbits(-1)", random.getrandbits, -1)
attempt("getrandbits(1.5)", random.getrandbits, 1.5)
attempt("seed([])", random.seed, [])
attempt("seed({})", random.seed, {})
attempt("setstate", random.setstate, (2, (1, 2), None))
attempt("Random([1])", random.Random, [1])
