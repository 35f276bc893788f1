"""Argument checks of the slot methods called by name: slot wrappers say "expected N
arguments, got M", methods (object.__format__, type.__subclasses__) name themselves."""
o = object()
for call in ["object.__repr__(o, 1)", "object.__eq__(o)", "object.__format__(o)", "object.__format__(o, '', 1)", "type.__repr__(int, 1)", "int.__subclasses__(1)", "{}.keys().__len__(1)", "iter([]).__next__(1)", "(1).__hash__(2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
