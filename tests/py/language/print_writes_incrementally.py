class C:
    def __str__(self):
        print("inside __str__")
        return "C"

# print writes each argument (and separator) as it converts it.
print(1, C(), 2)
