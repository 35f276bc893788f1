# dict.items() iteration reuses its result tuple when nobody holds it, and releases the
# tuple's old key before its old value (dictiter_iternextitem).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other


d = {Noisy("k1"): Noisy("v1"), "x": 1, Noisy("k2"): Noisy("v2"), "y": 2}
for k, v in d.items():
    if isinstance(k, Noisy):
        name = k.name
        # the dict lets go of both (its size kept): only the result tuple holds them
        del d[k]
        d[name + "'"] = None
        del k, v
        print("step after", name)
print("loop over", sorted(key for key in d if isinstance(key, str)))
