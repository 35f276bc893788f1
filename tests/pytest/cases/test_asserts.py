def double(x):
    return x * 2


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Box({self.value!r})"


def test_eq_ints():
    assert 1 + 1 == 3


def test_call_where():
    assert double(2) == 5


def test_name_values():
    a = 10
    b = 20
    assert a > b


def test_not():
    items = []
    assert not items == []


def test_truthy_call():
    assert double(0)


def test_attribute():
    box = Box(3)
    assert box.value == 4


def test_message():
    x = 5
    assert x < 3, "x should be small"


def test_in():
    assert 4 in [1, 2, 3]


def test_is_none():
    value = 0
    assert value is None


def test_and():
    a = 1
    b = 0
    assert a and b


def test_list_diff():
    assert [1, 2, 3] == [1, 5, 3]


def test_passes():
    assert double(3) == 6


def test_error():
    d = {}
    d["missing"]


def helper_raises():
    raise ValueError("deep problem")


def test_error_in_helper():
    helper_raises()
