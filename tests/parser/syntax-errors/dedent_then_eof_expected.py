if a:
    if b:
