d = {"a": 1, "b": 2}
print(d.popitem(), d)
print(dict.fromkeys(["x", "y"], 0))
