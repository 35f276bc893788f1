class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **overrides):
        for k, v in overrides.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        try:
            return self.defaults[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(level=5)
print(c.level, c.debug, getattr(c, "color", "none"), hasattr(c, "debug"), hasattr(c, "nope"))
try:
    c.nope
except AttributeError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(sorted(vars(c)), [getattr(c, n) for n in ("level", "debug")])
