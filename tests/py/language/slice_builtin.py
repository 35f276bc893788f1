print(slice(0, 2), [1, 2, 3][slice(0, 2)])
