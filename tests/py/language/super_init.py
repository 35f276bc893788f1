class A:
    def __init__(self, name):
        print("A.__init__ runs for", type(self).__name__, name)
        self.name = name

class B(A):
    def __init__(self, name):
        super().__init__(name)
        print("after super().__init__", self.__dict__)

B("n")
