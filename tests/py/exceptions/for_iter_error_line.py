d = {"k": 1}
# The error is raised by the for statement's next(), so the traceback points at the
# for line, not at the last line of the body.
for k in d:
    d.clear()
    print("cleared")
