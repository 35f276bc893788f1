class C:
    # nothing
