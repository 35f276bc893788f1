class AppError(Exception):
    def __str__(self):
        return "custom message"
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(e), str(e) == "")
def run():
    raise AppError(1, 2)
run()
