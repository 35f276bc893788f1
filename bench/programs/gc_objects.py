"""The GC article's batch creation: 100,000 objects, each holding a 10-element list,
appended to one list, with the collector enabled (`on`) or disabled during the batch and
a full collection after it (`off`)."""
import gc
import sys


class Record:
    def __init__(self, ident):
        self.ident = ident
        self.data = [0] * 10


def batch(n):
    records = []
    for i in range(n):
        records.append(Record(i))
    return len(records)


def main(mode, rounds):
    total = 0
    for _ in range(rounds):
        if mode == "off":
            gc.disable()
            total += batch(100_000)
            gc.enable()
            gc.collect()
        else:
            total += batch(100_000)
    print(total)


main(sys.argv[1] if len(sys.argv) > 1 else "on", int(sys.argv[2]) if len(sys.argv) > 2 else 1)
