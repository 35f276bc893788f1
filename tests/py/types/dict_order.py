d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 99
print(d)
del d["z"]
d["z"] = 0
print(d)
print(dict.fromkeys(["x", "y", "x"]), {1: 1, True: 2, 1.0: 3})
merged = {"a": 1} | {"b": 2} | {"a": 3}
print(merged)
print({k: v for k, v in sorted({"q": 2, "p": 1}.items())})
print(list({3: None, 1: None, 2: None}))
