class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# With gc enabled, CPython runs one more full collection at exit while __main__ is still
# alive. It frees nothing but reorders the collector's list (an object reachable only
# through a container created after it moves behind it), and the teardown collection
# then finalizes in that order. With gc.disable() the order would be creation order.
items = [D("in list")]
k = D("plain global")
print("end of module")
