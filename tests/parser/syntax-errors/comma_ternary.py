[1 2 if 3 else 4]
