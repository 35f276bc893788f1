try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("caught", e, e.args)
try:
    assert False
except AssertionError as e:
    print("empty", repr(e))
assert True, "never"
x = [1]
try:
    assert len(x) > 1, f"len is {len(x)}"
except AssertionError as e:
    print(e)
assert x, "ok"
assert 0 > 1, ("tuple", "message")
