import sys

class C:
    def __call__(self, arg):
        print("__call__ arg", sys.getrefcount(arg))

    def method(self, arg):
        print("method arg", sys.getrefcount(arg))

x = C()
key = []
# Calling an instance goes through tp_call with an argument tuple (slot_tp_call); the
# caller's stack still holds the argument too.
x(key)
x.method(key)
