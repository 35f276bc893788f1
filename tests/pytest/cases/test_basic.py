def add(a, b):
    return a + b


def test_add():
    assert add(1, 2) == 3


def test_strings():
    s = "hello"
    assert s.upper() == "HELLO"
    assert "ell" in s


class TestGroup:
    def test_one(self):
        assert [1, 2] + [3] == [1, 2, 3]

    def test_two(self):
        x = {"a": 1}
        assert x["a"] == 1

    def helper(self):
        return 1


class NotATest:
    def test_ignored(self):
        assert False


def helper_test():
    assert False
