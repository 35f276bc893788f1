# A script's replaced sys.stdout and sys.stderr are flushed after its module code (stderr,
# then stdout: flush_io) and again at exit (stdout, then stderr: flush_std_files).
import sys
class W:
    def __init__(self, tag): self.tag = tag
    def write(self, s):
        sys.__stdout__.write(s)
        return len(s)
    def flush(self):
        sys.__stdout__.write(f"({self.tag} flushed)\n")
sys.stdout = W("out")
sys.stderr = W("err")
print("hello")
