(a b for c in d)
