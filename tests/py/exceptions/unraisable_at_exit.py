"""At exit the interpreter puts sys.stdout and sys.stderr back to the original streams
(and sys.argv, sys.path to None) before it tears the modules down: a finalizer that prints
or raises then reaches the real streams even when the program had replaced them."""
import sys, io
class A:
    def __del__(self):
        print("del prints to", "real stdout" if sys.stdout is sys.__stdout__ else "other", sys.argv, sys.path)
        raise ValueError("boom at exit")
a = A()
sys.stdout = io.StringIO()
sys.stderr = None
