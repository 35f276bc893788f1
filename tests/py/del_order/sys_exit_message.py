import sys
class D:
    def __del__(self):
        print("del in sys.exit unwinding")

d = D()
sys.exit("message to stderr")
