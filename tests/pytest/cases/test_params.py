import pytest


@pytest.mark.parametrize("a,b,expected", [(1, 2, 3), (2, 3, 5), (10, -1, 9)])
def test_add(a, b, expected):
    assert a + b == expected


@pytest.mark.parametrize("word", ["x", "yy", "zzz"])
def test_len(word):
    assert len(word) < 3


@pytest.mark.parametrize("x", [1, 2])
@pytest.mark.parametrize("y", [10, 20])
def test_stacked(x, y):
    assert x < y


@pytest.mark.parametrize("value", [None, 1.5, True, (1, 2)], ids=["none", "float", "bool", "tuple"])
def test_ids(value):
    assert value is not False


@pytest.mark.parametrize(("n", "sq"), [(2, 4), (3, 9)])
def test_tuple_names(n, sq):
    assert n * n == sq


class TestInClass:
    @pytest.mark.parametrize("v", [0, 1])
    def test_method(self, v):
        assert v >= 0
