def test_tmp_path(tmp_path):
    p = tmp_path / "hello.txt"
    p.write_text("content")
    assert p.read_text() == "content"
    assert p.exists()
    assert p.name == "hello.txt"
    assert p.suffix == ".txt"
    assert p.parent == tmp_path
    sub = tmp_path / "sub"
    sub.mkdir()
    assert sub.is_dir()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["hello.txt", "sub"]


def test_monkeypatch(monkeypatch):
    import sys
    monkeypatch.setattr(sys, "argv", ["patched"])
    assert sys.argv == ["patched"]


class Config:
    debug = False


def test_monkeypatch_class(monkeypatch):
    monkeypatch.setattr(Config, "debug", True)
    assert Config.debug is True


def test_monkeypatch_undone():
    assert Config.debug is False


def test_setitem(monkeypatch):
    d = {"a": 1}
    monkeypatch.setitem(d, "a", 2)
    monkeypatch.delitem(d, "a")
    assert "a" not in d
