import pytest


@pytest.fixture
def broken():
    raise RuntimeError("setup went wrong")


@pytest.fixture
def bad_teardown():
    print("setting up")
    yield 1
    print("tearing down")
    raise ValueError("teardown went wrong")


def test_setup_error(broken):
    assert broken


def test_teardown_error(bad_teardown):
    assert bad_teardown == 1



def test_ok():
    pass


def check_positive(n):
    if n <= 0:
        raise ValueError(f"{n} is not positive")
    return n


def validate(values):
    total = 0
    for v in values:
        total += check_positive(v)
    return total


def test_deep_traceback():
    assert validate([1, 2, -3]) == 0
