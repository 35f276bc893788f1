def classify(v):
    if isinstance(v, int) and v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    elif isinstance(v, str):
        return "string"
    return "other"
print([classify(v) for v in [-1, 0, "s", 2.5]])
