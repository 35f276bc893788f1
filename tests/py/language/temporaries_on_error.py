"""Temporaries of a half-evaluated expression are released when a later operand raises,
and the values involved keep exactly CPython's reference counts."""
import sys


class Boom(Exception):
    pass


def boom():
    raise Boom("boom")


class Thing:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def method(self, a, b):
        return a


def binop_left_released(xs):
    try:
        return xs[0] + boom()
    except Boom:
        pass
    return sys.getrefcount(xs[0])


def call_args_released(t):
    try:
        t.method(Thing("arg0"), boom())
    except Boom:
        print("caught in call")
    return sys.getrefcount(t)


def compare_left_released(d):
    try:
        return d["k"] < boom()
    except Boom:
        return sys.getrefcount(d["k"])


def subscript_store_released(lst, v):
    try:
        lst[boom()] = v
    except Boom:
        pass
    return sys.getrefcount(v)


def unbound_then_ok(flag):
    if flag:
        x = 1
    try:
        return x + 1
    except UnboundLocalError as e:
        return str(e)


def aug_subscript(lst, d):
    lst[0] += 1.5
    d["n"] += 1
    try:
        lst[5] += 1
    except IndexError as e:
        print("IndexError:", e)
    return lst, d


big = 10**20
print(binop_left_released([big]))
t = Thing("t")
print(call_args_released(t))
print(compare_left_released({"k": 10**30}))
v = object()
print(subscript_store_released([1, 2], v))
print(unbound_then_ok(True), unbound_then_ok(False))
print(aug_subscript([1.0, 2.0], {"n": 41}))
del t
print("end")
