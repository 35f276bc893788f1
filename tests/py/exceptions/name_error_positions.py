"""A NameError or UnboundLocalError from a name load is reported at the Name: 3.11
underlines the name when it is part of a longer line. Loads of globals, builtins and
locals, as operands, call arguments and augmented-assignment targets; each function
runs twice, so both of pygc's tiers meet them."""


def global_operand(n):
    if n:
        return 1 + missing_global * 2
    return 0


def unbound_argument(n):
    if n:
        print("value", later)
    later = 1
    return later


def unbound_operand(n):
    if n:
        total = n + later_too
    later_too = 2
    return later_too


def unbound_augmented(n):
    if n:
        count += n
    count = 0
    return count


def unbound_attribute_base(n):
    if n:
        return thing.attribute
    thing = None
    return thing


for fn in (global_operand, unbound_argument, unbound_operand, unbound_augmented,
           unbound_attribute_base):
    fn(0)
    fn(0)


def chain():
    try:
        global_operand(1)
    except NameError:
        try:
            unbound_argument(1)
        except NameError:
            try:
                unbound_operand(1)
            except NameError:
                try:
                    unbound_augmented(1)
                except NameError:
                    try:
                        unbound_attribute_base(1)
                    except NameError:
                        print(len([1, 2]), undefined_at_module_level)


chain()
