matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
flat = sum(matrix, [])
print(flat, flat[::-1][:3], [flat[i:i + 2] for i in range(0, 9, 2)])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(grid, bad)
