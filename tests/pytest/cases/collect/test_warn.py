class TestWithInit:
    def __init__(self):
        pass

    def test_x(self):
        pass

def test_b():
    pass
