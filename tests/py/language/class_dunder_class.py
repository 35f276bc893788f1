class C:
    pass

print(C.__class__ is type)
print(type(C) is type, C().__class__ is C)
