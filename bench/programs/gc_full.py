"""Full collections over a large heap: 200,000 tracked lists (each holding an int) kept
alive, then gc.collect() N times. Every pass examines all of them and frees nothing,
so the time is the collector's per-object cost: a long-lived heap's pause."""
import gc
import sys


def main(passes):
    keep = [[i] for i in range(200_000)]
    gc.collect()
    for _ in range(passes):
        gc.collect()
    print(len(keep), gc.get_count())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
