def test_one_char():
    assert "hello" == "hallo"


def test_insert():
    assert "spam and eggs" == "spam eggs"


def test_multiline():
    got = "line one\nline two\nline three\n"
    want = "line one\nline 2\nline three\n"
    assert got == want


def test_long_common_prefix():
    a = "x" * 60 + "abc"
    b = "x" * 60 + "abd"
    assert a == b


def test_whitespace():
    assert " " == "  "


def test_not_in():
    assert "needle" not in "haystack with a needle inside"


def test_dict():
    assert {"a": 1, "b": 2, "c": 3} == {"a": 1, "b": 5, "d": 4}


def test_set():
    assert {1, 2, 3} == {2, 3, 4}


def test_longer_list():
    assert [1, 2, 3, 4] == [1, 2]


def test_tuple_eq():
    assert (1, 2) == (1, 3)
