import sys

def boom():
    raise KeyError("k")

try:
    boom()
except KeyError as e:
    tb = e.__traceback__
print("tb_lineno", tb.tb_lineno)
print("tb_next is None", tb.tb_next is None)
print("inner frame function", tb.tb_next.tb_frame.f_code.co_name)
print("frame refcount", sys.getrefcount(tb.tb_next.tb_frame))
