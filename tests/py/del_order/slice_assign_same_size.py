"""Slice assignment of the same size from another list or tuple: the replaced items are
released after the new ones are in, the last first, whether or not they are held elsewhere."""
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("del", self.name)


a = D("a")
lst = [a, a, D("b")]
del a
print("assign")
lst[0:3] = [1, 2, 3]
print("after", lst)

x = D("x")
y = D("y")
lst = [x, y]
lst[:] = (y, x)  # the same objects, swapped
print(lst, sys.getrefcount(x), sys.getrefcount(y))
del x, y
lst[0:2] = [D("p"), D("q")]
print("after swap", lst)

nums = list(range(10))
for k in range(1, 9):
    nums[: k + 1] = nums[k::-1]
print(nums, sys.getrefcount(nums[0]) > 1)

held = D("held")
keep = [held]
lst = [held, D("gone")]
lst[0:2] = [7, 8]
print("kept", keep)
del keep, held
print("end")
