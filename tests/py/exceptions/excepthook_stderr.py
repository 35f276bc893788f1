# The default hook writes an uncaught exception to whatever sys.stderr is then.
import sys


class Marked:
    def write(self, s):
        sys.__stdout__.write(s.replace("\n", " |\n"))
        return len(s)

    def flush(self):
        sys.__stdout__.write("(flushed)\n")


sys.stderr = Marked()
print("before")
{}["missing"]
