class L(list):
    pass

lst = L([1, 2])
print(lst, len(lst))
