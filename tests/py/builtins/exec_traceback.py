def run(src):
    exec(src)
run("a = 1\nb = a / 0\n")
