import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("msg", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    exit_ = sys.exit
    exit_()
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("exiting")
sys.exit(4)
