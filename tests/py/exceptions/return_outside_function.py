"""A return at module level: the SyntaxError python3 prints for the file (its line and
carets), before any of the program runs."""
print("never printed")
for i in range(3):
    if i == 2:
        return i
