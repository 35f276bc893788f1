class C:
    def __round__(self, ndigits=None):
        print("__round__ called with", ndigits)
        return 42

print(round(C()))
print(round(C(), 2))
