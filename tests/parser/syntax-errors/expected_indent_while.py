while True:

break
