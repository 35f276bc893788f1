import pytest


def divide(a, b):
    return a / b


def test_raises_ok():
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)


def test_raises_info():
    with pytest.raises(ValueError) as excinfo:
        int("x")
    assert excinfo.type is ValueError
    assert "invalid literal" in str(excinfo.value)


def test_raises_match():
    with pytest.raises(ValueError, match="must be positive"):
        raise ValueError("value must be positive")


def test_raises_callable():
    excinfo = pytest.raises(ZeroDivisionError, divide, 1, 0)
    assert excinfo.type is ZeroDivisionError


def test_raises_tuple():
    with pytest.raises((KeyError, IndexError)):
        [][1]


def test_did_not_raise():
    with pytest.raises(ValueError):
        divide(4, 2)


def test_match_fails():
    with pytest.raises(ValueError, match="expected text"):
        raise ValueError("other text")


def test_wrong_exception():
    with pytest.raises(KeyError):
        raise TypeError("not a key error")


def test_fail():
    pytest.fail("explicit failure")
