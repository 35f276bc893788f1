import sys

import pytest


@pytest.mark.skip(reason="not ready")
def test_skipped():
    assert False


@pytest.mark.skip
def test_skipped_no_reason():
    assert False


@pytest.mark.skipif(sys.version_info >= (3, 0), reason="py3 only skip")
def test_skipif_true():
    assert False


@pytest.mark.skipif(False, reason="never")
def test_skipif_false():
    assert True


def test_skip_inside():
    pytest.skip("skipped at runtime")


@pytest.mark.xfail
def test_xfail():
    assert 1 == 2


@pytest.mark.xfail(reason="known bug")
def test_xfail_reason():
    raise RuntimeError("bug")


@pytest.mark.xfail
def test_xpass():
    assert True


@pytest.mark.xfail(strict=True)
def test_xpass_strict():
    assert True


def test_plain():
    assert True
