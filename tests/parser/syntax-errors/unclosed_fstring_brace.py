x = f'{a'
y = 2
