x in = 1
