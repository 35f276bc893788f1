class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents / 100:.2f})"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __mul__(self, k): return Money(self.cents * k)
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
items = [Money(250), Money(199), Money(1)]
print(sum(items), sum(items, Money(0)), sorted(items), max(items), min(items))
print(Money(5) * 3, -Money(5), abs(Money(-7)), int(Money(999)), float(Money(150)))
print(Money(1) == Money(1), Money(1) != Money(2), Money(0) or "zero", len({Money(1), Money(1)}))
