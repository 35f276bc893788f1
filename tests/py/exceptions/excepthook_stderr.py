# The default hook writes an uncaught exception to whatever sys.stderr is then.
import sys


class Upper:
    def write(self, s):
        sys.__stdout__.write(s.upper())
        return len(s)

    def flush(self):
        pass


sys.stderr = Upper()
print("before")
{}["missing"]
