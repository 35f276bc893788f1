"""Build 100,000 small dicts in a list, drop them, repeat: with the cycle collector
enabled (`on`) or disabled around the loop (`off`). Every dict is GC-tracked, so with the
collector on each 700 allocations trigger a young collection over the survivors."""
import gc
import sys


def build(n):
    items = []
    for i in range(n):
        items.append({"key": i, "twice": i * 2})
    return items


def main(mode, rounds):
    if mode == "off":
        gc.disable()
    total = 0
    for _ in range(rounds):
        total += len(build(100_000))
    if mode == "off":
        gc.enable()
        gc.collect()
    print(total)


main(sys.argv[1] if len(sys.argv) > 1 else "on", int(sys.argv[2]) if len(sys.argv) > 2 else 1)
