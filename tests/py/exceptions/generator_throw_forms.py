def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

it = g()
next(it)
v = ValueError("inst")
it.throw(ValueError, v)
it.throw(ValueError, "text")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, None)
it.throw(ValueError)
it.throw(KeyError("k"))
it.throw(LookupError, KeyError("sub"))
for bad in [lambda: it.throw(KeyError("k"), "x"), lambda: it.throw(5), lambda: it.throw(int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
