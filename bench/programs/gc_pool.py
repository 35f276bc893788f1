"""The GC article's object pool: acquire / use / release a buffer-holding object many
times through a small pool (`pool`), or allocate a fresh one each time (`nopool`)."""
import sys


class Buffer:
    def __init__(self):
        self.data = [0] * 10_000
        self.uses = 0

    def reset(self):
        self.uses = 0

    def work(self):
        self.uses += 1


class Pool:
    def __init__(self, factory, limit):
        self.factory = factory
        self.limit = limit
        self.free = []
        self.lent = set()

    def acquire(self):
        obj = self.free.pop() if self.free else self.factory()
        self.lent.add(id(obj))
        return obj

    def release(self, obj):
        key = id(obj)
        if key in self.lent:
            self.lent.remove(key)
            obj.reset()
            if len(self.free) < self.limit:
                self.free.append(obj)


def main(mode, n):
    done = 0
    if mode == "pool":
        pool = Pool(Buffer, 10)
        for _ in range(n):
            obj = pool.acquire()
            obj.work()
            done += obj.uses
            pool.release(obj)
    else:
        for _ in range(n):
            obj = Buffer()
            obj.work()
            done += obj.uses
    print(done)


main(sys.argv[1] if len(sys.argv) > 1 else "pool", int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
