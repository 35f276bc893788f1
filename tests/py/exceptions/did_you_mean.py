"""NameError and AttributeError offer "Did you mean" when the traceback is printed
(suggestions.c): a local, then a global, then a builtin for names; dir() for attributes.
Every exception of the printed chain gets its own suggestion."""
import math


class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2

    def distance(self):
        return 0


class Listed:
    def __dir__(self):
        return ["alpha", "beta"]


counter = 0


def local_typo():
    number_of_items = 3
    return number_of_itmes


def steps():
    try:
        local_typo()
    except NameError:
        try:
            print(countr)
        except NameError:
            try:
                pritn("x")
            except NameError:
                try:
                    Point().horizontl
                except AttributeError:
                    try:
                        math.pii
                    except AttributeError:
                        try:
                            Point().Distance()
                        except AttributeError:
                            try:
                                Listed().alpah
                            except AttributeError:
                                try:
                                    totally_unrelated_name_here
                                except NameError:
                                    try:
                                        raise NameError("manual")
                                    except NameError:
                                        try:
                                            raise AttributeError("manual", name="horizontl", obj=Point())
                                        except AttributeError:
                                            Point().vertcal_


steps()
