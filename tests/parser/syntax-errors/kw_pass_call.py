pass(1)
