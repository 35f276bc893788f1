import pytest

events = []


@pytest.fixture
def number():
    return 41


@pytest.fixture
def bigger(number):
    return number + 1


@pytest.fixture
def resource():
    events.append("setup")
    yield {"open": True}
    events.append("teardown")


def test_number(number):
    assert number == 41


def test_chain(bigger, number):
    assert bigger == number + 1


def test_resource(resource):
    assert resource["open"]
    assert events == ["setup"]


def test_after_teardown():
    assert events == ["setup", "teardown"]


def test_capsys(capsys):
    print("hello out")
    print("more")
    out, err = capsys.readouterr()
    assert out == "hello out\nmore\n"
    assert err == ""


def test_capsys_attrs(capsys):
    print("again")
    captured = capsys.readouterr()
    assert captured.out == "again\n"


def test_failing_fixture_user(bigger):
    print("captured before failing")
    assert bigger == 0


class TestClassFixtures:
    @pytest.fixture
    def name(self):
        return "pygc"

    def test_name(self, name, number):
        assert name == "pygc" and number == 41
