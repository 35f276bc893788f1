[1 lambda: 2]
